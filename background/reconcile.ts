/**
 * The one function that re-plans from stored state. It runs on install, update, startup,
 * alarm, idle change and settings change, and is idempotent: with nothing due it writes
 * nothing and leaves the pending alarm exactly as it was.
 */
import { withLock } from '../src/browser/lock.ts';
import { wake } from '../src/schedule/wake.ts';
import type { WakeReason } from '../src/schedule/types.ts';
import { claimScheduled } from '../src/state/claim.ts';
import { isExpired } from '../src/state/expiry.ts';
import { nextHealth } from '../src/state/health.ts';
import type { State } from '../src/state/types.ts';
import { strategiesOf, timeZone } from './context.ts';
import { readPermissionLevel } from './health.ts';
import { readHolds } from './holds.ts';
import { settle } from './settle.ts';
import { loadState } from './state.ts';

/** How early an alarm may fire and still count as on time (timer slack, rounding). */
const EARLY_ALARM_MS = 60_000;

/** `firedFor`: the fired alarm's scheduled moment, when an alarm woke the worker. */
export function reconcile(reason: WakeReason, firedFor?: number): Promise<State> {
  return withLock(async () => {
    const clock = Date.now();
    // An alarm a hair early must still find its nudge due, or it would only re-arm itself.
    const early = firedFor === undefined ? 0 : firedFor - clock;
    const now = early > 0 && early < EARLY_ALARM_MS ? Math.ceil(firedFor ?? clock) : clock;
    return replan(await loadState(now), reason, now);
  });
}

/**
 * The body of `reconcile`, for callers that already hold the lock. `stored` is the state
 * as stored; `changed` are slices the caller altered (e.g. new settings): the plan is made
 * with them and they are saved with it.
 */
export async function replan(stored: State, reason: WakeReason, now: number, changed: Partial<State> = {}): Promise<State> {
  const state: State = { ...stored, ...changed };
  const zone = timeZone();
  const [holds, level] = await Promise.all([readHolds(state.settings), readPermissionLevel()]);
  const result = wake({
    settings: state.settings,
    state: state.schedule,
    log: state.log,
    now,
    timeZone: zone,
    random: Math.random,
    holds,
    reason,
  });
  let patch: Partial<State> = { ...changed, schedule: result.state };
  const health = nextHealth(state.health, level, now);
  if (health) patch = { ...patch, health };
  const claim = result.show ? claimScheduled(state, result.show, strategiesOf(state), now, Math.random) : null;
  if (claim) patch = { ...patch, ...claim };
  else if (isExpired(state.current, state.settings, zone, now)) patch = { ...patch, current: null };
  return settle(stored, { patch, alarmAt: result.alarmAt }, now);
}
