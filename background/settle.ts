/**
 * After every change to state: save it first (the claim), then make the browser match —
 * the notification, the one alarm, the badge. Saving first means a worker killed half-way
 * repeats at most the browser side on its next wake, never the decision.
 */
import type { State } from '../src/state/types.ts';
import { ensureAlarm } from './alarm.ts';
import { paintBadge } from './badge.ts';
import { strategyIn } from './context.ts';
import { clearNotification, showNotification } from './notify.ts';
import { writeState } from './state.ts';

export interface Change {
  readonly patch: Partial<State>;
  /** undefined: leave the alarm as it is. */
  readonly alarmAt?: number | null;
}

export async function settle(before: State, change: Change, now: number): Promise<State> {
  await writeState(change.patch);
  let state: State = { ...before, ...change.patch };
  const previous = before.current;
  if (previous && previous.id !== state.current?.id) await clearNotification(previous.id);
  if (previous?.id === state.current?.id && state.current?.snoozedUntil != null) await clearNotification(state.current.id);
  state = await deliver(state);
  if (change.alarmAt !== undefined) await ensureAlarm(change.alarmAt);
  await paintBadge(state, now);
  return state;
}

/** Shows the claimed nudge's notification once; blocked notifications never stop the rest. */
async function deliver(state: State): Promise<State> {
  const current = state.current;
  if (!current || current.notified || current.snoozedUntil !== null) return state;
  const strategy = strategyIn(state, current.strategyId);
  if (strategy) {
    try {
      await showNotification(strategy, current, state.settings);
    } catch (error) {
      // The badge and the popup still carry the nudge.
      console.warn('Tend: the notification could not be shown', error);
    }
  }
  const notified = { ...current, notified: true };
  await writeState({ current: notified });
  return { ...state, current: notified };
}
