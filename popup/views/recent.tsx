/**
 * Under the Now card: the last few nudges and what came of them, with a way to the whole
 * week. Its own chunk (shared with the Log view), added after the first paint.
 */
import { recentNudges } from '../../src/log/recent.ts';
import { waitingNudge } from '../../src/state/waiting.ts';
import { formatMoment } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';
import type { ViewProps } from './lazy.tsx';
import { LogEntries } from './log-entries.tsx';
import { addStyle } from './style.ts';

addStyle(`.recent h2 { margin-top: 0; } .recent .entries li { grid-template-columns: 7.5em minmax(40%, 1fr) auto; }`);

export const RECENT_SHOWN = 3;

export function Recent({ snapshot: { state }, now, go, command }: ViewProps) {
  // The nudge on the card above is not repeated below it.
  const onCard = waitingNudge(state)?.id;
  const nudges = recentNudges(state.log, now).filter((n) => n.nudgeId !== onCard).slice(0, RECENT_SHOWN);
  if (nudges.length === 0) return null;
  return (
    <section class="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentHeading')}</h2>
      <LogEntries nudges={nudges} state={state} when={(at) => formatMoment(at, now)} command={command} />
      <button type="button" class="link" onClick={() => { go('log'); }}>
        {t('recentSeeAll')}
      </button>
    </section>
  );
}
