/** What came of the last few nudges. Never a scorecard: an empty week reads kindly. */
import { recentNudges, type Outcome } from '../../src/log/recent.ts';
import type { LogEvent } from '../../src/log/types.ts';
import { TITLES } from '../../src/strategies/titles.derived.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { formatMoment } from '../format.ts';
import { t } from '../i18n.ts';

const OUTCOME_KEY: Record<Outcome, string> = {
  done: 'outcomeDone',
  snoozed: 'outcomeLater',
  skipped: 'outcomeSkipped',
  dismissed: 'outcomeNone',
  none: 'outcomeNone',
};

interface Props {
  readonly log: readonly LogEvent[];
  /** The person's own strategies, for their titles. */
  readonly custom: readonly Strategy[];
  readonly now: number;
  readonly limit?: number;
}

export function LogView({ log, custom, now, limit = 5 }: Props) {
  const titleOf = (id: string) => TITLES[id]?.title ?? custom.find((s) => s.id === id)?.title ?? t('strategyGone');
  const recent = recentNudges(log, now).slice(0, limit);
  return (
    <section class="log" aria-labelledby="log-title">
      <h2 id="log-title">{t('logHeading')}</h2>
      {recent.length === 0 ? (
        <p class="quiet">{t('logEmpty')}</p>
      ) : (
        <ul>
          {recent.map((n) => (
            <li key={n.nudgeId} data-outcome={n.outcome}>
              <time dateTime={new Date(n.at).toISOString()}>{formatMoment(n.at, now)}</time>
              <span class="what">{titleOf(n.strategyId)}</span>
              <span class="outcome">{t(OUTCOME_KEY[n.outcome])}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
