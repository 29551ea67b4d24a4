/**
 * The tab bar, following the WAI-ARIA tabs pattern (automatic activation): one tab stop,
 * arrow keys, Home and End move between tabs and open them.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import { t } from '../../ui/i18n.ts';
import { VIEWS, type ViewName } from './lazy.tsx';

const KEY_STEP: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export const tabId = (view: ViewName) => `tab-${view}`;
export const panelId = (view: ViewName) => `panel-${view}`;

export function Tabs({ current, onSelect }: { readonly current: ViewName; readonly onSelect: (view: ViewName) => void }) {
  function onKeyDown(event: KeyboardEvent): void {
    const step = KEY_STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[step(VIEWS.indexOf(current), VIEWS.length)] ?? current;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  }
  return (
    <nav class="tabs">
      <div role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            role="tab"
            id={tabId(view)}
            aria-selected={view === current}
            aria-controls={panelId(view)}
            tabIndex={view === current ? 0 : -1}
            onClick={() => { onSelect(view); }}
          >
            {t(`tab_${view}`)}
          </button>
        ))}
      </div>
    </nav>
  );
}
