/**
 * The one function that re-plans from stored state. It runs on install, update, startup,
 * alarm, idle change and settings change, and is idempotent: with nothing due it leaves
 * the pending alarm exactly as it was.
 */
import { withLock } from '../src/browser/lock.ts';
import { wake } from '../src/schedule/wake.ts';
import type { WakeReason } from '../src/schedule/types.ts';
import { claimScheduled } from '../src/state/claim.ts';
import type { State } from '../src/state/types.ts';
import { strategiesOf, timeZone } from './context.ts';
import { readHolds } from './holds.ts';
import { settle, type Change } from './settle.ts';
import { loadState } from './state.ts';

export function reconcile(reason: WakeReason): Promise<State> {
  return withLock(async () => {
    const now = Date.now();
    return replan(await loadState(now), reason, now);
  });
}

/**
 * The body of `reconcile`, for callers that already hold the lock. `changed` are slices
 * the caller altered in `state` (e.g. new settings): they are saved with the new plan.
 */
export async function replan(state: State, reason: WakeReason, now: number, changed: Partial<State> = {}): Promise<State> {
  const holds = await readHolds(state.settings);
  const result = wake({
    settings: state.settings,
    state: state.schedule,
    log: state.log,
    now,
    timeZone: timeZone(),
    random: Math.random,
    holds,
    reason,
  });
  let patch: Change['patch'] = { ...changed, schedule: result.state };
  if (result.show) {
    const claim = claimScheduled(state, result.show, strategiesOf(state), now, Math.random);
    if (claim) patch = { ...patch, ...claim };
  }
  return settle(state, { patch, alarmAt: result.alarmAt }, now);
}
