/**
 * The shape every command shares: (state, payload, world) → outcome. The world is what the
 * core may not reach for itself — the clock, the zone, randomness, the built-in strategies,
 * and for a re-plan what the browser says about holds and notifications. The worker
 * (background/commands.ts) and the simulator (scripts/simulate/) build it and obey the
 * outcome the same way, so a simulated person's Done or Later runs the worker's code.
 */
import type { Random } from '../random.ts';
import type { HoldSignals } from '../schedule/types.ts';
import type { State } from '../state/types.ts';
import type { StrategyCore } from '../strategies/types.ts';

export interface World {
  readonly now: number;
  readonly timeZone: string;
  readonly random: Random;
  /** The built-in strategies; the person's own come with the state (`custom`). */
  readonly library: readonly StrategyCore[];
}

/** What the browser says right now, read before a transition that may re-plan. */
export interface Signals {
  readonly holds: HoldSignals;
  /** The notification permission; null where the browser cannot tell (Firefox). */
  readonly permission: 'granted' | 'denied' | null;
}

export type Sensed = World & Signals;

/** What to make of a transition: save `patch`, close `close`, move the alarm to `alarmAt`. */
export interface Outcome<R> {
  /** The slices to store over the state (settle saves only those that differ). */
  readonly patch: Partial<State>;
  /** The core's next wake, as background/settle.ts's `Change` takes it; undefined leaves the alarm. */
  readonly alarmAt?: number | null;
  /**
   * Nudges whose notification must be closed before settling, beyond what the state
   * implies (settle closes every notification but the waiting nudge's by itself): a
   * notification still in the tray would otherwise be updated quietly, not shown again.
   */
  readonly close?: readonly string[];
  readonly reply: R;
}

/** Why a command did nothing: a code that crosses the protocol and the page words (src/protocol.ts ErrorCode). */
export type RefusalCode = 'nothing-enabled' | 'strategy-gone' | 'custom-limit';

export interface Refusal {
  readonly refused: RefusalCode;
}

export type Result<R> = Outcome<R> | Refusal;

export function refused(result: Result<unknown>): result is Refusal {
  return 'refused' in result;
}

/** Nothing to save, close or move: the command answers and the browser is left alone. */
export function unchanged<R>(reply: R): Outcome<R> {
  return { patch: {}, reply };
}

export function isUnchanged(outcome: Outcome<unknown>): boolean {
  return Object.keys(outcome.patch).length === 0 && outcome.alarmAt === undefined && (outcome.close?.length ?? 0) === 0;
}
