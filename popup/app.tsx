/**
 * The popup: Tend's header (its mark, Settings, About), the tab bar, a warning if
 * notifications are blocked, one-off notices and the open view. Commands' failures are read
 * out from one live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSnapshot, type Store } from '../ui/store.ts';
import { useCommand } from '../ui/use-command.ts';
import { LazyHealthWarning, LazyView, VIEWS, type ViewName, type ViewProps } from './views/lazy.tsx';
import { NoticeView } from './views/notice.tsx';
import { NowView } from './views/now.tsx';
import { Header, panelId, tabId, Tabs } from './views/tabs.tsx';

interface Props {
  readonly store: Store;
  readonly view?: ViewName;
  readonly now?: number;
}

export function App({ store, view: initial = 'now', now = Date.now() }: Props) {
  const snapshot = useSnapshot(store);
  const { state } = snapshot;
  const command = useCommand();
  const [view, setView] = useState<ViewName>(initial);
  // After a view opens another (say, Start now in the library), focus follows to its tab
  // (or header button), so it is not lost with the button that went away.
  const focusTab = useRef(false);
  useEffect(() => {
    if (!focusTab.current) return;
    focusTab.current = false;
    document.getElementById(tabId(view))?.focus();
  }, [view]);

  const props: ViewProps = {
    snapshot,
    store,
    command,
    now,
    go: (next) => {
      focusTab.current = true;
      setView(next);
    },
  };
  return (
    <>
      <Header current={view} onSelect={setView} />
      <Tabs current={view} onSelect={setView} />
      {state.health.notifications === 'denied' && <LazyHealthWarning health={state.health} />}
      {state.notices.map((notice) => (
        <NoticeView key={notice.id} notice={notice} onDismiss={() => void command.run('dismissNotice', { id: notice.id })} />
      ))}
      <p class="error" role="alert">
        {command.error}
      </p>
      <main>
        {VIEWS.map((name) => (
          <div key={name} role="tabpanel" id={panelId(name)} aria-labelledby={tabId(name)} hidden={name !== view}>
            {name === view && (name === 'now' ? <NowView {...props} /> : <LazyView name={name} {...props} />)}
          </div>
        ))}
      </main>
    </>
  );
}
