/**
 * Getting around the popup. The five content views are a tab bar following the WAI-ARIA
 * tabs pattern (automatic activation): one tab stop, arrow keys, Home and End move between
 * tabs and open them (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/). Settings and About
 * are two small buttons in the header beside Tend's mark, so seven words no longer crowd
 * a 380 px popup (issue 15).
 */
import { t } from '../../ui/i18n.ts';
import { TABS, type ViewName } from './lazy.tsx';

const KEY_STEP: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

const isTab = (view: ViewName): boolean => (TABS as readonly ViewName[]).includes(view);
/** The control that opens a view: its tab, or its header button. */
export const tabId = (view: ViewName) => (isTab(view) ? `tab-${view}` : `open-${view}`);
export const panelId = (view: ViewName) => `panel-${view}`;

interface Props {
  readonly current: ViewName;
  readonly onSelect: (view: ViewName) => void;
}

export function Tabs({ current, onSelect }: Props) {
  // With Settings or About open no tab is selected; Now keeps the tab stop.
  const stop = isTab(current) ? current : 'now';
  function onKeyDown(event: KeyboardEvent): void {
    const step = KEY_STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = TABS[step(TABS.indexOf(stop as (typeof TABS)[number]), TABS.length)] ?? stop;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  }
  return (
    <nav class="tabs">
      <div role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
        {TABS.map((view) => (
          <button
            key={view}
            type="button"
            role="tab"
            id={tabId(view)}
            aria-selected={view === current}
            aria-controls={panelId(view)}
            tabIndex={view === stop ? 0 : -1}
            onClick={() => { onSelect(view); }}
          >
            {t(`tab_${view}`)}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** Tend's mark (the icon's two leaves on a stem), then Settings and About. */
export function Header({ current, onSelect }: Props) {
  return (
    <header class="top">
      <p class="brand">
        <svg class="mark" viewBox="0 0 128 128" width="22" height="22" aria-hidden="true" focusable="false">
          <rect x="4" y="4" width="120" height="120" rx="30" />
          <path d="M64 104V62M64 66C64 44 48 32 26 32 26 54 40 68 64 66ZM64 58C64 36 80 22 104 22 104 46 88 60 64 58Z" />
        </svg>
        {t('extName')}
      </p>
      {(['settings', 'about'] as const).map((view) => (
        <button
          key={view}
          type="button"
          class="top-link"
          id={tabId(view)}
          aria-controls={panelId(view)}
          aria-current={view === current ? 'page' : undefined}
          onClick={() => { onSelect(view); }}
        >
          {t(`tab_${view}`)}
        </button>
      ))}
    </header>
  );
}
