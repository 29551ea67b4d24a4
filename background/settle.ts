/**
 * After every change to state: save it first (the claim), then make the browser match —
 * the notifications, the badge, and last the one alarm. Saving first means a worker killed
 * half-way repeats at most the browser side on its next wake, never the decision; a
 * repeating alarm stays pending until the end (alarm.ts), so that next wake always comes. Each browser step
 * is tried on its own, so a refused notification never costs the alarm or the badge.
 */
import { loadLines } from '../platform/content.ts';
import type { CurrentNudge, State, StateKey } from '../src/state/types.ts';
import type { NudgeLine } from '../src/strategies/types.ts';
import { alarmMoment, toShow } from '../src/state/delivery.ts';
import { waitingNudge } from '../src/state/waiting.ts';
import { ensureAlarm, ensureRetry, type Retry } from './alarm.ts';
import { paintBadge } from './badge.ts';
import { strategyIn, timeZone } from './context.ts';
import { clearStaleNotifications, showNotification } from './notify.ts';
import { writeState } from './state.ts';

export interface Change {
  readonly patch: Partial<State>;
  /**
   * The core's next wake; undefined leaves the alarm as it is. The waiting nudge's expiry
   * (state/expiry.ts) wakes the worker instead when it comes first.
   */
  readonly alarmAt?: number | null;
}

/**
 * `before` is the state as stored; `change.patch` the slices to store over it. Every step
 * is safe to stop after: before anything is written a retry is armed (alarm.ts) unless one
 * is already pending, and the alarm moves on to the next plan only as the last step, so a
 * worker stopped anywhere in between is woken again to finish the browser's side.
 */
export async function settle(before: State, change: Change, now: number): Promise<State> {
  const patch = changedOnly(before, change.patch);
  let retry: Retry | null = null;
  if (Object.keys(patch).length > 0) {
    retry = await ensureRetry(now).catch(warned(null));
    await writeState(patch);
  }
  let state: State = { ...before, ...patch };
  await attempt(() => clearStaleNotifications(waitingNudge(state)?.id ?? null));
  state = await deliver(state);
  await attempt(() => paintBadge(state, now));
  const { alarmAt } = change;
  if (alarmAt !== undefined) {
    await attempt(() => ensureAlarm(alarmMoment(state, alarmAt, timeZone()), now));
  } else if (retry) {
    // This change left the plan as it was: the alarm goes back to it.
    const { replaced } = retry;
    await attempt(() => ensureAlarm(replaced, now));
  }
  return state;
}

/**
 * Shows the claimed nudge's notification once. If the browser refuses (or the worker dies
 * first), `notified` stays false and the next wake tries again under the same id, so the
 * person sees it once; the badge and the popup carry it meanwhile.
 */
async function deliver(state: State): Promise<State> {
  const current = toShow(state);
  if (!current) return state;
  const nudges = await linesOf(state, current).catch(warned(null));
  if (nudges) {
    const person = current.personId === undefined ? undefined : state.people.people.find((p) => p.id === current.personId);
    const shown = await attempt(() => showNotification(nudges, current, state.settings, person));
    if (!shown) return state;
  }
  const notified = { ...current, notified: true };
  await writeState({ current: notified });
  return { ...state, current: notified };
}

/**
 * The nudge's lines in the person's language: a library strategy's from its content file
 * (the worker carries no strategy text), one of their own from state. Null when the strategy
 * is gone (the badge and popup still carry the nudge); a content file that cannot be read
 * throws, and the next wake tries again.
 */
async function linesOf(state: State, current: CurrentNudge): Promise<readonly NudgeLine[] | null> {
  const own = state.custom.find((s) => s.id === current.strategyId);
  if (own) return own.nudges;
  const strategy = strategyIn(state, current.strategyId);
  if (!strategy) return null;
  const nudges = await loadLines(strategy.id);
  return nudges.length > 0 ? nudges : null;
}

/** Only the slices that differ from what is stored: a wake that changes nothing writes nothing. */
function changedOnly(before: State, patch: Partial<State>): Partial<State> {
  const keys = Object.keys(patch) as StateKey[];
  return Object.fromEntries(keys.filter((k) => !same(before[k], patch[k])).map((k) => [k, patch[k]]));
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

async function attempt(step: () => Promise<void>): Promise<boolean> {
  return step().then(() => true, warned(false));
}

function warned<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    console.warn('Tend:', error);
    return fallback;
  };
}
