/**
 * What the picker keeps of events that left the log (fold.ts moves them into the monthly
 * history): each strategy's answer sums, decayed to one moment (pick/affinity.ts), the line
 * each strategy last showed, the last nudge shown, and when a nudge last named each
 * person. A few kilobytes however long the history, so a wake reads it instead of months
 * of events, and the picker answers as it would over the whole log (tests/unit/log-fold.test.ts holds the two side by side).
 */
import type { FoldedAnswers } from '../pick/affinity.ts';
import type { Kind } from '../strategies/types.ts';
import { LOG_MAX_AGE_DAYS } from './append.ts';

export interface LogSummary {
  /** The moment `answers` is decayed to; null until an event first left the log. */
  readonly at: number | null;
  /** [strategyId, done, skipped]: the decayed answer sums (pick/affinity.ts). */
  readonly answers: readonly (readonly [string, number, number])[];
  /** [strategyId, line, shownAt]: the line each strategy showed last, and when. */
  readonly lines: readonly (readonly [string, number, number])[];
  /** The last nudge shown among them: the picker alternates kinds after days away. */
  readonly lastShown: { readonly at: number; readonly kind: Kind } | null;
  /** [personId, shownAt]: when a nudge last named each person, newest first (pick/person.ts `lastNamed`). */
  readonly named: readonly (readonly [string, number])[];
}

export const EMPTY_SUMMARY: LogSummary = Object.freeze({ at: null, answers: Object.freeze([]), lines: Object.freeze([]), lastShown: null, named: Object.freeze([]) });

/**
 * The old log forgot what was older than LOG_MAX_AGE_DAYS, lines and the last kind with it;
 * the summary keeps their moments and reads them within the same window, so the picker's
 * line and kind choices stay what they were.
 */
const FORGET_MS = LOG_MAX_AGE_DAYS * 86_400_000;
const within = (at: number, now: number): boolean => at >= now - FORGET_MS && at <= now;

export function foldedAnswers(summary: LogSummary): FoldedAnswers | undefined {
  if (summary.at === null || summary.answers.length === 0) return undefined;
  return { at: summary.at, sums: new Map(summary.answers.map(([id, done, skipped]) => [id, { done, skipped }])) };
}

/** The line `strategyId` showed last among the folded events, if within the log's window. */
export function foldedLine(summary: LogSummary, strategyId: string, now: number): number | undefined {
  const entry = summary.lines.find(([id]) => id === strategyId);
  return entry && entry[2] >= now - FORGET_MS ? entry[1] : undefined;
}

/** The kind of the last nudge shown among the folded events, if within the log's window. */
export function foldedLastKind(summary: LogSummary, now: number): Kind | null {
  const last = summary.lastShown;
  return last && within(last.at, now) ? last.kind : null;
}
