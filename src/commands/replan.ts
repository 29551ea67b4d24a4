/**
 * The one decision a wake makes — on an alarm, at startup or install, when the person
 * returns from idle, and after a command that moved the plan: ask the scheduler whether a
 * nudge is due, claim it (a snoozed one comes back, else the picker chooses), let a nudge
 * whose stretch of active hours closed stop waiting, and note a changed notification
 * permission. Idempotent: with nothing due it returns the state as it was and the same alarm.
 */
import { wake } from '../schedule/wake.ts';
import type { WakeReason } from '../schedule/types.ts';
import { allStrategies, claimScheduled } from '../state/offer.ts';
import { isExpired } from '../state/expiry.ts';
import { nextHealth } from '../state/health.ts';
import type { State } from '../state/types.ts';
import type { Sensed } from './world.ts';

export interface Planned {
  /** `changed`, plus the new plan, and the claim or expiry when there is one. */
  readonly patch: Partial<State>;
  readonly alarmAt: number | null;
  /** The scheduler's reason in plain words, for a debug log and tests. */
  readonly why: string;
}

/**
 * `stored` is the state as stored; `changed` the slices the caller altered (new settings,
 * an answer): the plan is made with them and they are saved with it.
 */
export function replan(stored: State, reason: WakeReason, world: Sensed, changed: Partial<State> = {}): Planned {
  const state: State = { ...stored, ...changed };
  const { now, timeZone, random } = world;
  const result = wake({
    settings: state.settings,
    state: state.schedule,
    log: state.log,
    now,
    timeZone,
    random,
    holds: world.holds,
    reason,
  });
  let patch: Partial<State> = { ...changed, schedule: result.state };
  const health = nextHealth(state.health, world.permission, now);
  if (health) patch = { ...patch, health };
  const claim = result.show ? claimScheduled(state, result.show, allStrategies(world.library, state), now, timeZone, random) : null;
  if (claim) patch = { ...patch, ...claim };
  else if (isExpired(state.current, state.settings, timeZone, now)) patch = { ...patch, current: null };
  return { patch, alarmAt: result.alarmAt, why: result.why };
}
