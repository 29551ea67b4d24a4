/**
 * The log as one list, whatever the storage layout: the recent log (State.log) and the
 * monthly history (`history:2026-11`, src/log/fold.ts). An export carries the one list; an
 * import stores it back in the layout of the day by folding it (the same fold a wake runs),
 * so the file format never depends on how storage is cut.
 */
import { fold, HISTORY_PREFIX, historyKeys } from '../log/fold.ts';
import { parseLog } from '../log/parse.ts';
import { EMPTY_SUMMARY, type LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';

/** An event's identity, as the fold's own de-duplication sees it. */
const identity = (e: LogEvent): string => `${e.at}|${e.type}|${e.nudgeId}`;

/** Each event once (the first seen), in time order; a stable sort keeps same-moment events in the order logged. */
export function uniqueEvents(events: readonly LogEvent[]): LogEvent[] {
  const seen = new Set<string>();
  const unique = events.filter((e) => {
    const id = identity(e);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort((a, b) => a.at - b.at);
}

/**
 * Every event stored: the history months found in `stored` (storage items as read; other
 * keys are ignored, unreadable events dropped as a storage read drops them) then the log.
 */
export function allEvents(log: readonly LogEvent[], stored: Readonly<Record<string, unknown>>): LogEvent[] {
  const months = Object.keys(stored)
    .filter((key) => key.startsWith(HISTORY_PREFIX))
    .sort();
  const history = months.flatMap((key) => parseLog(stored[key]).events);
  return uniqueEvents([...history, ...log]);
}

export interface StoredLog {
  readonly log: LogEvent[];
  readonly logSummary: LogSummary;
  /**
   * Every history month kept at `now`, each whole: the months the events fill, and an empty
   * list for the rest, so one storage write replaces whatever history was there.
   */
  readonly history: Record<string, LogEvent[]>;
}

/** `events` (oldest first) in the storage layout: the recent log, the summary of what left it, the months. */
export function storedLog(events: readonly LogEvent[], now: number): StoredLog {
  const folded = fold(events, EMPTY_SUMMARY, {}, now);
  const history: Record<string, LogEvent[]> = Object.fromEntries(historyKeys(now).map((key) => [key, []]));
  for (const [key, month] of Object.entries(folded.history)) history[key] = month;
  return { log: folded.log, logSummary: folded.summary, history };
}
