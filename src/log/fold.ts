/**
 * How the log stays small: it keeps the last RECENT_DAYS days (what a wake and the popup
 * read), and older events move, once a day at most, into the history of their month
 * (`history:2026-11`, read only to show or export the whole history) while what the picker
 * needs of them is folded into the summary (summary.ts). So a wake reads and writes a few
 * kilobytes whatever the history holds, and a nudge appends to the small log, never to
 * months of events. Pure: the worker reads the months a fold touches and saves what it
 * returns in one storage call (background/history.ts). A stored log of the old layout
 * (six months in one slice) is the same case: the first fold moves it.
 */
import { addAnswers, decayedTo } from '../pick/affinity.ts';
import { PEOPLE_MAX } from '../people/limits.ts';
import { LOG_MAX_AGE_DAYS } from './append.ts';
import { foldedAnswers, type LogSummary } from './summary.ts';
import type { LogEvent } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * The log keeps this many days: the popup's week and short log (log/week-chart.ts reads 8
 * days back), the picker's repeat window (3 days) and the daily cap's day all lie within.
 */
export const RECENT_DAYS = 8;
/** A fold runs when the log holds more than this (many "Another one"s)… */
export const RECENT_MAX_EVENTS = 600;
/** …and leaves at most this many, so it does not run again on the next wake. */
export const RECENT_KEEP_EVENTS = 400;
/** Months of history kept, the current one included: never less than LOG_MAX_AGE_DAYS. */
export const HISTORY_MONTHS = 7;
/** A month's history keeps its newest events up to this (storage stays bounded). */
export const HISTORY_MONTH_MAX_EVENTS = 2000;
/** Summed answers below this weigh nothing the picker could notice; their entry goes. */
const NEGLIGIBLE = 1e-3;

export const HISTORY_PREFIX = 'history:';

const monthIndex = (at: number): number => {
  const d = new Date(at);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const keyOfMonth = (index: number): string =>
  `${HISTORY_PREFIX}${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The history key of the (UTC) month an event belongs to, e.g. `history:2026-11`. */
export const historyKey = (at: number): string => keyOfMonth(monthIndex(at));

/** The months of history kept at `now`, oldest first: what to read to show or export it all. */
export function historyKeys(now: number): string[] {
  const current = monthIndex(now);
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => keyOfMonth(current - HISTORY_MONTHS + 1 + i));
}

/** Whether a wake at `now` should fold: the log reaches a day past RECENT_DAYS, or holds too many. */
export function needsFold(log: readonly LogEvent[], now: number): boolean {
  const first = log[0];
  return log.length > RECENT_MAX_EVENTS || (first !== undefined && first.at < now - (RECENT_DAYS + 1) * DAY_MS);
}

/** How many of the log's first (oldest) events leave it at `now`. */
function leaving(log: readonly LogEvent[], now: number): number {
  let n = Math.max(0, log.length - RECENT_KEEP_EVENTS);
  while (n < log.length && (log[n]?.at ?? 0) < now - RECENT_DAYS * DAY_MS) n++;
  return n;
}

/** The months a fold at `now` appends to: the storage keys to read before calling `fold`. */
export function foldTouches(log: readonly LogEvent[], now: number): string[] {
  const oldest = monthIndex(now) - HISTORY_MONTHS + 1;
  const months = new Set<number>();
  for (const e of log.slice(0, leaving(log, now))) if (monthIndex(e.at) >= oldest) months.add(monthIndex(e.at));
  return [...months].sort((a, b) => a - b).map(keyOfMonth);
}

export interface Folded {
  readonly log: LogEvent[];
  readonly summary: LogSummary;
  /** The months appended to, whole (storage has no append), under their keys. */
  readonly history: Record<string, LogEvent[]>;
  /** Months past HISTORY_MONTHS, to remove (a year of them, so a long absence leaves none behind). */
  readonly remove: string[];
}

/**
 * Moves the events that leave the log into `stored` (the months `foldTouches` named, as
 * read) and the summary. Appending is idempotent: an event a month already holds is not
 * added again. Events older than HISTORY_MONTHS go, as the old log dropped them at 180 days.
 */
export function fold(log: readonly LogEvent[], summary: LogSummary, stored: Readonly<Record<string, readonly LogEvent[]>>, now: number): Folded {
  const n = leaving(log, now);
  const moved = log.slice(0, n);
  const history: Record<string, LogEvent[]> = {};
  const keep = new Set(foldTouches(log, now));
  for (const e of moved) {
    const key = historyKey(e.at);
    if (!keep.has(key)) continue;
    (history[key] ??= [...(stored[key] ?? [])]).push(e);
  }
  for (const [key, events] of Object.entries(history)) history[key] = merged(events);
  const current = monthIndex(now);
  const remove = Array.from({ length: 12 }, (_, i) => keyOfMonth(current - HISTORY_MONTHS - i));
  return { log: log.slice(n), summary: summaryAfter(summary, moved, now), history, remove };
}

/** In time order, each event once, the newest HISTORY_MONTH_MAX_EVENTS. */
function merged(events: readonly LogEvent[]): LogEvent[] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const unique = sorted.filter((e) => {
    const id = `${e.at}|${e.type}|${e.nudgeId}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.slice(-HISTORY_MONTH_MAX_EVENTS);
}

const FORGET_MS = LOG_MAX_AGE_DAYS * DAY_MS;

/** The summary with `moved` folded in, decayed to `now`. */
export function summaryAfter(summary: LogSummary, moved: readonly LogEvent[], now: number): LogSummary {
  if (moved.length === 0) return summary;
  const before = foldedAnswers(summary);
  const sums = addAnswers(before ? decayedTo(before, now) : new Map<string, { done: number; skipped: number }>(), moved, now);
  const answers = [...sums]
    .filter(([, s]) => s.done + s.skipped >= NEGLIGIBLE)
    .map(([id, s]): [string, number, number] => [id, s.done, s.skipped]);
  const lines = new Map(summary.lines.map(([id, line, at]) => [id, { line, at }]));
  let lastShown = summary.lastShown;
  const named = new Map(summary.named);
  for (const e of moved) {
    if (e.type !== 'shown') continue;
    if (e.line !== undefined) lines.set(e.strategyId, { line: e.line, at: e.at });
    if (lastShown === null || e.at >= lastShown.at) lastShown = { at: e.at, kind: e.kind };
    if (e.personId !== undefined && e.at >= (named.get(e.personId) ?? -Infinity)) named.set(e.personId, e.at);
  }
  const kept = [...lines].filter(([, l]) => l.at >= now - FORGET_MS).map(([id, l]): [string, number, number] => [id, l.line, l.at]);
  return {
    at: now,
    answers,
    lines: kept,
    lastShown: lastShown && lastShown.at >= now - FORGET_MS ? lastShown : null,
    // Kept however old (a 90-day rhythm looks back months), bounded by the People list's size.
    named: [...named].sort((a, b) => b[1] - a[1]).slice(0, PEOPLE_MAX),
  };
}

