/**
 * The rules of settling the browser to a change, shared by the worker (background/settle.ts)
 * and the simulator (scripts/simulate/machine.ts), so a simulated year settles as the
 * worker does: which nudge to show, where the one alarm goes, how soon an unfinished wake
 * is retried.
 */
import { expiresAt } from './expiry.ts';
import type { CurrentNudge, State } from './types.ts';
import { waitingNudge } from './waiting.ts';

/**
 * How soon the nudge alarm fires again when the wake it caused did not finish (the alarm
 * repeats; background/alarm.ts). At least Chrome's 30 s minimum for packed extensions.
 */
export const RETRY_MINUTES = 1;

/** The claimed nudge still to be shown: on offer, not put off, its notification not yet shown. */
export function toShow(state: Pick<State, 'current'>): CurrentNudge | null {
  const waiting = waitingNudge(state);
  return waiting && !waiting.notified ? waiting : null;
}

/** Where the one alarm goes: the plan's next wake, or the waiting nudge's expiry when that comes first. */
export function alarmMoment(state: Pick<State, 'current' | 'settings'>, planAt: number | null, timeZone: string): number | null {
  const expiry = expiresAt(state.current, state.settings, timeZone);
  if (planAt === null) return expiry;
  if (expiry === null) return planAt;
  return Math.min(planAt, expiry);
}
