/**
 * The log: what happened to each nudge. Stored for months, so events stay compact; the
 * picker learns from it and the popup summarises it.
 */
import type { Kind } from '../strategies/types.ts';

/**
 * 'passed': the person asked for another one instead (a weak signal, not a skip).
 * 'dismissed': they closed the notification. Added types need no migration: an older log
 * simply has none of them, and the schema (parse.ts) reads this list.
 */
export const EVENT_TYPES = ['shown', 'done', 'snoozed', 'skipped', 'dismissed', 'passed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface LogEvent {
  /** ms since 1970 */
  readonly at: number;
  readonly type: EventType;
  /** Ties the answers to the nudge they answer (see `newNudgeId`). */
  readonly nudgeId: string;
  readonly strategyId: string;
  readonly kind: Kind;
  /** Which of the strategy's lines was shown (on 'shown'). */
  readonly line?: number;
  /** Shown late, as the one catch-up after the machine slept or the browser was closed. */
  readonly catchUp?: true;
  /** The person asked for it ("Another one", "Start now"): not counted toward the daily cap. */
  readonly asked?: true;
  /** The person the nudge named (reach-out nudges). */
  readonly personId?: string;
}
