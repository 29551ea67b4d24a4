/** The popup: the nudge on offer, then the short log. */
import { t } from './i18n.ts';
import { useSnapshot, type Store } from './store.ts';
import { useCommand } from './use-command.ts';
import { LogView } from './views/log.tsx';
import { NowView } from './views/now.tsx';

export function App({ store, now = Date.now() }: { readonly store: Store; readonly now?: number }) {
  const { state, details } = useSnapshot(store);
  const command = useCommand();
  return (
    <main>
      {state.notices.map((notice) => (
        <div class="notice" role="status" key={notice.id}>
          <p>{notice.message}</p>
          <button onClick={() => void command.run('dismissNotice', { id: notice.id })}>{t('dismiss')}</button>
        </div>
      ))}
      <NowView state={state} details={details} now={now} command={command} />
      <p class="error" role="alert">
        {command.error}
      </p>
      <LogView log={state.log} custom={state.custom} now={now} />
    </main>
  );
}
