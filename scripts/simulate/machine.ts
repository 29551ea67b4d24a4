/**
 * The simulated browser and worker: storage (the whole `State`), one alarm, the
 * notification on screen. The worker's decisions are the core's own transitions
 * (src/commands/); what is here is only the browser's side of background/settle.ts —
 * save the patch, close what the state no longer offers, show the claimed nudge once, move
 * the one alarm (to the plan, or to the waiting nudge's expiry when that comes first).
 */
import { isUnchanged, type Outcome } from '../../src/commands/world.ts';
import { alarmMoment, RETRY_MINUTES, toShow } from '../../src/state/delivery.ts';
import type { CurrentNudge, State } from '../../src/state/types.ts';
import { waitingNudge } from '../../src/state/waiting.ts';

/** How soon the alarm repeats when a wake did not finish: a worker killed before it showed its claimed nudge is woken again then. */
const RETRY_MS = RETRY_MINUTES * 60_000;

export interface Machine {
  state: State;
  alarmAt: number | null;
  /** The nudge whose notification is on screen. */
  notification: string | null;
  /** The worker dies at its next delivery, after the claim is saved (a `kill` fault). */
  killNext: boolean;
}

export interface Settled {
  /** The nudge the browser just showed as a notification. */
  readonly delivered: CurrentNudge | null;
  /** The worker died before showing its claimed nudge. */
  readonly killed: boolean;
}

export function settleSim(m: Machine, outcome: Omit<Outcome<unknown>, 'reply'>, now: number, timeZone: string): Settled {
  const nothing: Settled = { delivered: null, killed: false };
  if (isUnchanged({ ...outcome, reply: null })) return nothing;
  m.state = { ...m.state, ...outcome.patch };
  if (outcome.close?.includes(m.notification ?? '')) m.notification = null;
  if (m.notification !== null && m.notification !== waitingNudge(m.state)?.id) m.notification = null;
  let delivered: CurrentNudge | null = null;
  const waiting = toShow(m.state);
  if (waiting) {
    if (m.killNext) {
      m.killNext = false;
      // The repeating alarm (or a command's retry) outlives the worker and wakes it again.
      m.alarmAt = Math.min(m.alarmAt ?? Infinity, now + RETRY_MS);
      return { delivered: null, killed: true };
    }
    delivered = { ...waiting, notified: true };
    m.state = { ...m.state, current: delivered };
    m.notification = delivered.id;
  }
  if (outcome.alarmAt !== undefined) m.alarmAt = alarmMoment(m.state, outcome.alarmAt, timeZone);
  return { delivered, killed: false };
}
