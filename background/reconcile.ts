/**
 * The worker's wake: on install, update, startup, alarm and idle change it re-plans from
 * stored state with the core's one wake decision (src/commands/replan.ts, which the
 * simulator calls too) and settles the browser. Idempotent: with nothing due it writes
 * nothing and leaves the pending alarm exactly as it was.
 */
import { replan } from '../src/commands/replan.ts';
import type { WakeReason } from '../src/schedule/types.ts';
import type { State } from '../src/state/types.ts';
import { locked, sensedAt } from './perform.ts';
import { settle } from './settle.ts';

/** How early an alarm may fire and still count as on time (timer slack, rounding). */
const EARLY_ALARM_MS = 60_000;

/** `firedFor`: the fired alarm's scheduled moment, when an alarm woke the worker. */
export function reconcile(reason: WakeReason, firedFor?: number): Promise<State> {
  return locked(async (state, clock) => {
    // An alarm a hair early must still find its nudge due, or it would only re-arm itself.
    const early = firedFor === undefined ? 0 : firedFor - clock;
    const now = early > 0 && early < EARLY_ALARM_MS ? Math.ceil(firedFor ?? clock) : clock;
    const { patch, alarmAt } = replan(state, reason, await sensedAt(now, state.settings));
    return settle(state, { patch, alarmAt }, now);
  });
}
