/**
 * Local wall time → instant, the one hard part of zone math. Around DST a wall time can
 * be missing (spring forward) or happen twice (fall back); callers say which they need.
 */
import { addDays, localDateOf, type LocalDate } from './local-date.ts';
import { offsetAt } from './zone.ts';

/**
 * For a repeated wall time: 'earlier' is its first occurrence, 'later' the second.
 * A missing wall time always maps to the transition itself: the first instant whose
 * local time is at or past it. (Range ends use 'earlier' and range starts 'later', so a
 * window never contains an instant whose wall clock lies outside the range.)
 */
export type Disambiguation = 'earlier' | 'later';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// The same few wall times (range edges, midnights) are converted again on every wake; a
// small memo makes a simulated year several times faster. Cleared, not evicted: simple.
const memo = new Map<string, number>();
const MEMO_LIMIT = 4096;

/** `minuteOfDay` may pass 1440; it then counts into the following days. */
export function localToEpoch(
  date: LocalDate,
  minuteOfDay: number,
  timeZone: string,
  prefer: Disambiguation = 'earlier',
): number {
  const key = `${timeZone} ${date.year}-${date.month}-${date.day} ${minuteOfDay} ${prefer}`;
  let ms = memo.get(key);
  if (ms === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    ms = convert(date, minuteOfDay, timeZone, prefer);
    memo.set(key, ms);
  }
  return ms;
}

function convert(date: LocalDate, minuteOfDay: number, timeZone: string, prefer: Disambiguation): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  // Offsets a day either side bracket any transition near this wall time (real zones
  // never change offset twice within two days).
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const first = wall - before;
  if (before === after) return first;
  const second = wall - after;
  const firstOk = offsetAt(first, timeZone) === before;
  const secondOk = offsetAt(second, timeZone) === after;
  if (firstOk && secondOk) {
    return prefer === 'earlier' ? Math.min(first, second) : Math.max(first, second);
  }
  if (firstOk) return first;
  if (secondOk) return second;
  return transitionBetween(Math.min(first, second), Math.max(first, second), after, timeZone);
}

/** The first instant in (lo, hi] at which the zone uses `offset`, to the minute. */
function transitionBetween(lo: number, hi: number, offset: number, timeZone: string): number {
  let a = lo;
  let b = hi;
  while (b - a > MINUTE_MS) {
    const mid = a + Math.floor((b - a) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(mid, timeZone) === offset) b = mid;
    else a = mid;
  }
  return b;
}

/** The first instant of the local day that contains `ms`. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  return localToEpoch(localDateOf(ms, timeZone), 0, timeZone, 'earlier');
}

/** The first instant of the next local day: "for the rest of today" ends here. */
export function startOfNextLocalDay(ms: number, timeZone: string): number {
  const today = localDateOf(ms, timeZone);
  for (let days = 1; days <= 3; days++) {
    const next = localToEpoch(addDays(today, days), 0, timeZone, 'earlier');
    if (next > ms) return next;
  }
  return ms + DAY_MS;
}
