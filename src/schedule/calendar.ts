/**
 * Active hours as concrete instants. A range on a local date becomes a window
 * [open, close); overlapping or touching windows merge (a range ending at midnight and
 * the next day's range starting at 00:00 are one stretch, with one opening).
 *
 * Every instant inside a window has a local wall time inside its range, also on DST
 * nights: starts resolve to the later of a repeated time, ends to the earlier, and a
 * missing time to the transition itself (see time/local-to-epoch.ts).
 */
import type { ActiveHours } from '../settings/types.ts';
import { minutesOfTime } from '../time/format.ts';
import { addDays, localDateOf, weekdayOf, type LocalDate } from '../time/local-date.ts';
import { localToEpoch } from '../time/local-to-epoch.ts';

export interface Window {
  readonly open: number;
  readonly close: number;
}

export interface Calendar {
  /** The window containing `t`, or else the first one after it; null if none within ~2 weeks. */
  windowFrom(t: number): Window | null;
  /** Active time in [from, to), in ms. */
  activeBetween(from: number, to: number): number;
  /** First instant of the local day containing `t`. */
  dayStart(t: number): number;
  /** First instant of the local day after the one containing `t`. */
  nextDayStart(t: number): number;
}

const HORIZON_DAYS = 16;

/** Memoises per local date for the length of one decision; cheap to build. */
export function makeCalendar(hours: ActiveHours, timeZone: string): Calendar {
  const raw = new Map<string, readonly Window[]>();
  const starts = new Map<string, number>();
  const keyOf = (d: LocalDate): string => `${d.year}-${d.month}-${d.day}`;

  const startOf = (d: LocalDate): number => {
    const key = keyOf(d);
    let s = starts.get(key);
    if (s === undefined) {
      s = localToEpoch(d, 0, timeZone, 'earlier');
      starts.set(key, s);
    }
    return s;
  };

  const windowsOf = (d: LocalDate): readonly Window[] => {
    const key = keyOf(d);
    let list = raw.get(key);
    if (!list) {
      const made: Window[] = [];
      for (const range of hours[weekdayOf(d)]) {
        const start = minutesOfTime(range.start);
        const end = minutesOfTime(range.end);
        const open = localToEpoch(d, start, timeZone, 'later');
        const close = localToEpoch(end > start ? d : addDays(d, 1), end, timeZone, 'earlier');
        if (close > open) made.push({ open, close });
      }
      list = made.sort((a, b) => a.open - b.open);
      raw.set(key, list);
    }
    return list;
  };

  const windowFrom = (t: number): Window | null => {
    // Start a day early: yesterday's range may cross midnight into today.
    let date = addDays(localDateOf(t, timeZone), -1);
    let found: { open: number; close: number } | null = null;
    for (let i = 0; i < HORIZON_DAYS; i++, date = addDays(date, 1)) {
      for (const w of windowsOf(date)) {
        if (w.close <= t) continue;
        if (!found) found = { open: w.open, close: w.close };
        else if (w.open <= found.close) found.close = Math.max(found.close, w.close);
        else return found;
      }
      // Later dates' ranges open on or after the next local midnight; only a window that
      // reaches that far can still grow.
      if (found && found.close < startOf(addDays(date, 1))) return found;
    }
    return found;
  };

  const activeBetween = (from: number, to: number): number => {
    let sum = 0;
    let t = from;
    while (t < to) {
      const w = windowFrom(t);
      if (!w || w.open >= to) break;
      sum += Math.min(w.close, to) - Math.max(w.open, t);
      t = w.close;
    }
    return sum;
  };

  const dayStart = (t: number): number => startOf(localDateOf(t, timeZone));

  const nextDayStart = (t: number): number => {
    const today = localDateOf(t, timeZone);
    for (let days = 1; days <= 3; days++) {
      const next = startOf(addDays(today, days));
      if (next > t) return next;
    }
    return t + 86_400_000;
  };

  return { windowFrom, activeBetween, dayStart, nextDayStart };
}
