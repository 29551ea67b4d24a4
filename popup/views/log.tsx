/**
 * The last seven days: how much was offered and what the person did, a small chart of what
 * was offered by kind, and what came of each nudge. Never a scorecard: no rates, no streaks,
 * no tally of skips, and an empty week reads kindly.
 */
import { recentNudges, type RecentNudge } from '../../src/log/recent.ts';
import { weekChart } from '../../src/log/week-chart.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { dayKey, formatDay, formatTime, localZone } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';
import type { ViewProps } from './lazy.tsx';
import { LogEntries } from './log-entries.tsx';
import { LogSummary } from './log-summary.tsx';
import { KIND_COLOURS, WeekChart } from './week-chart.tsx';
import LOG_CSS from './log.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(LOG_CSS);

export function LogView({ snapshot: { state, historyLoaded }, now, command }: ViewProps) {
  const recent = recentNudges(state.log, now);
  return (
    <section class="card log" aria-labelledby="log-title">
      <h1 id="log-title">{t('logHeading')}</h1>
      {!historyLoaded ? (
        <p class="quiet">{t('loading')}</p>
      ) : recent.length === 0 ? (
        <p class="quiet">{t('logEmpty')}</p>
      ) : (
        <>
          <LogSummary recent={recent} state={state} />
          <h2>{t('logOfferedHeading')}</h2>
          <Week log={state.log} now={now} />
          <h2>{t('logListHeading')}</h2>
          {byDay(recent, now).map(([day, nudges]) => (
            <div key={day} class="log-day">
              <h3>{day}</h3>
              <LogEntries nudges={nudges} state={state} when={formatTime} command={command} />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function Week({ log, now }: { readonly log: ViewProps['snapshot']['state']['log']; readonly now: number }) {
  const days = weekChart(log, now, localZone());
  const byKind = KINDS.map((kind) => [kind, days.reduce((sum, d) => sum + d.shown[kind], 0)] as const).filter(([, n]) => n > 0);
  return (
    <figure class="week">
      <WeekChart days={days} />
      <figcaption>
        <ul class="legend" aria-label={t('legendLabel')}>
          {byKind.map(([kind, n]) => (
            <li key={kind}>
              <span class="swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
              {t(`kind_${kind}`)} {n}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Newest day first, each day's nudges newest first, under "Today", "Yesterday" or the date. */
function byDay(recent: readonly RecentNudge[], now: number): [string, RecentNudge[]][] {
  const today = dayKey(now);
  const yesterday = dayKey(now - 86_400_000);
  const groups = new Map<string, RecentNudge[]>();
  for (const n of recent) {
    const key = dayKey(n.at);
    const label = key === today ? t('today') : key === yesterday ? t('yesterday') : formatDay(n.at);
    groups.set(label, [...(groups.get(label) ?? []), n]);
  }
  return [...groups];
}
