/**
 * The top of the Log: how much Tend offered this week and what the person did with it, in
 * words and by name. No tiles counting "skipped" or "later": what came of each nudge is in
 * the day-by-day list below, one line each (issue 15: the log is not a scorecard).
 */
import { doneByStrategy } from '../../src/log/done.ts';
import type { RecentNudge } from '../../src/log/recent.ts';
import type { State } from '../../src/state/types.ts';
import { t } from '../../ui/i18n.ts';
import { strategyTitle } from './log-entries.tsx';

export function LogSummary({ recent, state }: { readonly recent: readonly RecentNudge[]; readonly state: State }) {
  const done = doneByStrategy(recent);
  return (
    <>
      <p class="offered">{t('logOffered', String(recent.length))}</p>
      <h2 id="log-done-title">{t('logDoneHeading')}</h2>
      {done.length === 0 ? (
        <p class="quiet">{t('logDoneNone')}</p>
      ) : (
        <ul class="done-list" aria-labelledby="log-done-title">
          {done.map(({ strategyId, times }) => {
            const title = strategyTitle(state, strategyId);
            return <li key={strategyId}>{times > 1 ? t('logDoneTimes', [title, String(times)]) : title}</li>;
          })}
        </ul>
      )}
    </>
  );
}
