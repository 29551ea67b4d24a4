/**
 * The popup's views, and how the ones behind a tab are loaded. Only Now is in the first
 * paint; every other view is its own chunk, fetched when its tab opens (or before the first
 * render when the popup is opened on it), so the popup stays within its size budget
 * (DESIGN.md: ≤ 24 KB gzipped before first paint).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Health } from '../../src/state/types.ts';
import { t } from '../../ui/i18n.ts';
import type { Snapshot, Store } from '../../ui/store.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import type { FeltAskProps } from './journal-felt.tsx';
import type { Strategy } from '../../src/strategies/types.ts';

export const VIEWS = ['now', 'log', 'library', 'people', 'journal', 'settings', 'about'] as const;
export type ViewName = (typeof VIEWS)[number];
/** The views in the tab bar; Settings and About open from the header (popup/views/tabs.tsx). */
export const TABS = ['now', 'log', 'library', 'people', 'journal'] as const satisfies readonly ViewName[];
type LazyName = Exclude<ViewName, 'now'>;

/** What every view gets. */
export interface ViewProps {
  readonly snapshot: Snapshot;
  readonly store: Store;
  readonly command: CommandRunner;
  readonly now: number;
  /** Opens another view and moves focus to its tab. */
  readonly go: (view: ViewName) => void;
}

type View = ComponentType<ViewProps>;

const LOADERS: Readonly<Record<LazyName, () => Promise<View>>> = {
  log: () => import('./log.tsx').then((m) => m.LogView),
  library: () => import('./library.tsx').then((m) => m.LibraryView),
  people: () => import('./people.tsx').then((m) => m.PeopleView),
  journal: () => import('./journal.tsx').then((m) => m.JournalView),
  about: () => import('./about.tsx').then((m) => m.AboutView),
  // The popup's quick settings; the options page holds every setting (issue 15).
  settings: () => import('./settings-quick.tsx').then((m) => m.QuickSettingsView),
};

const loaded = new Map<LazyName, View>();

export function isView(name: string | null): name is ViewName {
  return (VIEWS as readonly (string | null)[]).includes(name);
}

/** Fetches a view's chunk once; later calls resolve from the cache. */
export async function loadView(name: LazyName): Promise<View> {
  const cached = loaded.get(name);
  if (cached) return cached;
  const view = await LOADERS[name]();
  loaded.set(name, view);
  return view;
}

/** Renders a tab's view, fetching its chunk first if this is the first time it opens. */
export function LazyView({ name, ...props }: ViewProps & { readonly name: LazyName }) {
  const [View, setView] = useState<View | undefined>(() => loaded.get(name));
  useEffect(() => {
    if (!View) void loadView(name).then((v) => { setView(() => v); });
  }, [View, name]);
  return View ? <View {...props} /> : <p class="quiet">{t('loading')}</p>;
}

/**
 * A part of a view that is not needed for the first paint: its chunk is fetched when it is
 * first rendered (or earlier, by `load`), and it renders nothing until then.
 */
function lazyPart<P extends object>(fetch: () => Promise<ComponentType<P>>) {
  let part: ComponentType<P> | undefined;
  const load = async (): Promise<ComponentType<P>> => (part ??= await fetch());
  function Lazy(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | undefined>(() => part);
    useEffect(() => {
      if (!Part) void load().then((p) => { setPart(() => p); });
    }, [Part]);
    return Part ? <Part {...props} /> : null;
  }
  return { load, Lazy };
}

/** The blocked-notifications warning is rare, so it is a chunk of its own. */
const healthWarning = lazyPart<{ readonly health: Health }>(() => import('../../ui/health-warning.tsx').then((m) => m.HealthWarning));
export const loadHealthWarning = healthWarning.load;
export const LazyHealthWarning = healthWarning.Lazy;

/** The last few nudges under the Now card (shares its chunk with the Log view). */
export const LazyRecent = lazyPart<ViewProps>(() => import('./recent.tsx').then((m) => m.Recent)).Lazy;

/** After Done, "How do you feel now?" (issue 12): its own small chunk, fetched after Done. */
export const LazyFeltAsk = lazyPart<FeltAskProps>(() => import('./journal-felt.tsx').then((m) => m.FeltAsk)).Lazy;

/** On Now: why and how (inside the disclosure), and the source line; one chunk, shared with the library. */
type StrategyProps = { readonly strategy: Strategy };
const details = () => import('./strategy-details.tsx');
export const LazyWhyHow = lazyPart<StrategyProps>(() => details().then((m) => m.WhyHow)).Lazy;
export const LazySources = lazyPart<StrategyProps>(() => details().then((m) => m.Sources)).Lazy;
