/** The popup: the nudge on offer, then the short log. */
import { useMemo } from 'preact/hooks';
import { allStrategies } from '../src/state/claim.ts';
import { STRATEGIES } from '../src/strategies/index.ts';
import { t } from './i18n.ts';
import { useTendState, type Store } from './store.ts';
import { useCommand } from './use-command.ts';
import { LogView } from './views/log.tsx';
import { NowView } from './views/now.tsx';

export function App({ store, now = Date.now() }: { readonly store: Store; readonly now?: number }) {
  const state = useTendState(store);
  const command = useCommand();
  const strategies = useMemo(() => allStrategies(STRATEGIES, state), [state]);
  return (
    <main>
      {state.notices.map((notice) => (
        <div class="notice" role="status" key={notice.id}>
          <p>{notice.message}</p>
          <button onClick={() => void command.run('dismissNotice', { id: notice.id })}>{t('dismiss')}</button>
        </div>
      ))}
      <NowView state={state} strategies={strategies} now={now} command={command} />
      <p class="error" role="alert">
        {command.error}
      </p>
      <LogView log={state.log} strategies={strategies} now={now} />
    </main>
  );
}
