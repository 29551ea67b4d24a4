/**
 * Done and Skip: the person's answer to the nudge on offer is logged, the nudge leaves
 * offer, and the plan is checked again (the nudge's expiry wake goes with it). A stale id
 * (answered meanwhile in another page or on the notification) changes nothing.
 */
import { appendEvent } from '../log/append.ts';
import type { EventType, LogEvent } from '../log/types.ts';
import type { CurrentNudge, State } from '../state/types.ts';
import { contactOnDone } from './people.ts';
import { replan } from './replan.ts';
import { unchanged, type Outcome, type Sensed } from './world.ts';

/** Every way a nudge on offer is answered; 'shown' is the one event that is not an answer. */
export type Answer = Exclude<EventType, 'shown'>;

/** The log with the answer to the current nudge, and the nudge off offer; null for a stale id. */
export function recordAnswer(
  state: Pick<State, 'log' | 'current'>,
  nudgeId: string,
  type: Answer,
  now: number,
): { log: LogEvent[]; current: CurrentNudge | null } | null {
  const current = state.current;
  if (!current || current.id !== nudgeId) return null;
  const event: LogEvent = {
    at: now,
    type,
    nudgeId,
    strategyId: current.strategyId,
    kind: current.kind,
    ...(current.personId === undefined ? {} : { personId: current.personId }),
  };
  return { log: appendEvent(state.log, event, now), current: null };
}

/** The answer logged, the nudge taken off offer, and the plan checked with it. */
export function answerAndReplan(state: State, nudgeId: string, type: Answer, world: Sensed, extra: Partial<State> = {}): Outcome<null> {
  const answered = recordAnswer(state, nudgeId, type, world.now);
  if (!answered) return unchanged(null);
  const { patch, alarmAt } = replan(state, 'command', world, { ...extra, ...answered });
  return { patch, alarmAt, reply: null };
}

export function done(state: State, payload: { readonly nudgeId: string }, world: Sensed): Outcome<null> {
  // Done on a nudge that named someone is being in touch with them (issue 11).
  return answerAndReplan(state, payload.nudgeId, 'done', world, contactOnDone(state, payload.nudgeId, world.now));
}

export function skip(state: State, payload: { readonly nudgeId: string }, world: Sensed): Outcome<null> {
  return answerAndReplan(state, payload.nudgeId, 'skipped', world);
}
