import { KINDS, type Kind } from '../strategies/types.ts';
import { addDays, dateKey, localDateOf, weekdayOf, type Weekday } from '../time/local-date.ts';
import type { LogEvent } from './types.ts';

export interface ChartDay {
  /** Local date, "2025-03-30". */
  readonly date: string;
  readonly weekday: Weekday;
  /** Nudges shown that day, per kind. */
  readonly shown: Readonly<Record<Kind, number>>;
  readonly total: number;
  /** How many of that day's nudges were marked done. */
  readonly done: number;
}

const DAY_MS = 86_400_000;

const zeroKinds = (): Record<Kind, number> =>
  Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;

/** Seven local days ending today, oldest first: the popup's week chart. */
export function weekChart(log: readonly LogEvent[], now: number, timeZone: string): ChartDay[] {
  const today = localDateOf(now, timeZone);
  const dates = Array.from({ length: 7 }, (_, i) => addDays(today, i - 6));
  const index = new Map(dates.map((d, i) => [dateKey(d), i]));
  const shown = dates.map(zeroKinds);
  const done = dates.map(() => 0);
  const dayOf = new Map<string, number>(); // nudgeId → day index, so "done" counts on the day shown
  for (const e of log) {
    if (e.at < now - 8 * DAY_MS || e.at > now) continue;
    if (e.type === 'shown') {
      if (dayOf.has(e.nudgeId)) continue;
      const i = index.get(dateKey(localDateOf(e.at, timeZone)));
      const counts = i === undefined ? undefined : shown[i];
      if (i === undefined || !counts) continue;
      dayOf.set(e.nudgeId, i);
      counts[e.kind]++;
    } else if (e.type === 'done') {
      const i = dayOf.get(e.nudgeId);
      if (i !== undefined) done[i] = (done[i] ?? 0) + 1;
    }
  }
  return dates.map((d, i) => {
    const counts = shown[i] ?? zeroKinds();
    return {
      date: dateKey(d),
      weekday: weekdayOf(d),
      shown: counts,
      total: KINDS.reduce((sum, k) => sum + counts[k], 0),
      done: done[i] ?? 0,
    };
  });
}
