/**
 * Nudges as a list of what was suggested, when, and what came of it. The Log view lists a
 * week day by day; Now shows the last few under the card (recent.tsx). One chunk for both.
 */
import { loadTitles } from '../../platform/content.ts';
import type { Outcome, RecentNudge } from '../../src/log/recent.ts';
import type { State } from '../../src/state/types.ts';
import { waitingNudge } from '../../src/state/waiting.ts';
import { t, type MessageKey } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { LogWeTalked } from './people-log.tsx';
import { addStyle } from './style.ts';

addStyle(`
.entries { list-style: none; padding: 0; display: grid; gap: 6px; }
.entries li { display: grid; grid-template-columns: 5.5em minmax(40%, 1fr) auto; gap: 8px; font-size: 0.9rem; }
.entries time, .entries .outcome { color: var(--muted); }
.entries li[data-outcome='done'] .outcome { color: var(--accent); font-weight: 600; }
.entries .we-talked { padding: 0; padding-inline-start: 6px; font-size: inherit; }
`);

// Library strategies are named by their title in the UI language, from the build's
// content/<locale>/titles.json (src/strategies/content-files.ts). Read as this chunk loads, so
// its import resolves with the titles here and every list names its nudges at first render;
// an unreadable file leaves library titles unnamed rather than the view broken.
const TITLES: Readonly<Record<string, string>> = await loadTitles().catch(() => ({}));

const OUTCOME_KEY: Readonly<Record<Outcome | 'waiting', MessageKey>> = {
  done: 'outcomeDone',
  snoozed: 'outcomeLater',
  skipped: 'outcomeSkipped',
  dismissed: 'outcomeNone',
  passed: 'outcomePassed',
  none: 'outcomeNone',
  waiting: 'outcomeWaiting',
};

interface Props {
  readonly nudges: readonly RecentNudge[];
  readonly state: State;
  /** How each nudge's time reads: the clock alone within a day's group, or with the day. */
  readonly when: (at: number) => string;
  /** For marking an unanswered reach-out nudge "we talked" afterwards (people-log.tsx). */
  readonly command?: CommandRunner;
}

/** A strategy's title as the log names it: the library's, the person's own, or a kind word for one removed. */
export function strategyTitle(state: Pick<State, 'custom'>, id: string): string {
  return TITLES[id] ?? state.custom.find((s) => s.id === id)?.title ?? t('strategyGone');
}

export function LogEntries({ nudges, state, when, command }: Props) {
  const waitingId = waitingNudge(state)?.id;
  const titleOf = (id: string) => strategyTitle(state, id);
  return (
    <ul class="entries">
      {nudges.map((n) => {
        const outcome = n.outcome === 'none' && n.nudgeId === waitingId ? 'waiting' : n.outcome;
        return (
          <li key={n.nudgeId} data-outcome={outcome}>
            <time dateTime={new Date(n.at).toISOString()}>{when(n.at)}</time>
            <span class="what">{titleOf(n.strategyId)}</span>
            <span class="outcome">
              {t(OUTCOME_KEY[outcome])}
              {command && <LogWeTalked nudge={n} state={state} command={command} waiting={outcome === 'waiting'} />}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
