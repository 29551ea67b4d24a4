/**
 * A notification closed. Closed by the person, it is their answer: `dismissed`, a weak no
 * (pick/affinity.ts), and the nudge leaves offer. Closed by Tend itself (answered, replaced)
 * or by the system, it is nothing.
 *
 * Not every close the browser reports `byUser` is the person's, though: headless Firefox,
 * and a system without a notification service, close each notification within milliseconds
 * of its creation with byUser: true (docs/platform-notes.md; scripts/lib/firefox.mjs
 * `watchNotifications` observes it). A close that quick is no one's answer: the nudge stays
 * on offer, and the badge and the popup carry it.
 */
import type { State } from '../state/types.ts';
import { waitingNudge } from '../state/waiting.ts';
import { answerAndReplan } from './answer.ts';
import { unchanged, type Outcome, type Sensed } from './world.ts';

/** A close sooner than this after the nudge was shown is the system's, not the person's. */
export const QUICK_CLOSE_MS = 2_000;

export interface Closed {
  readonly nudgeId: string;
  readonly byUser: boolean;
}

export function notificationClosed(state: State, payload: Closed, world: Sensed): Outcome<null> {
  const waiting = waitingNudge(state);
  // An old notification (answered or replaced meanwhile), or one Tend closed itself.
  if (!payload.byUser || !waiting || waiting.id !== payload.nudgeId || !waiting.notified) return unchanged(null);
  if (world.now - waiting.shownAt < QUICK_CLOSE_MS) return unchanged(null);
  return answerAndReplan(state, payload.nudgeId, 'dismissed', world);
}
