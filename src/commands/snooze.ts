/**
 * Snooze (the person's "Later"; one word for the idea in code, the person's word on
 * screen): the nudge on offer is logged as snoozed and comes back as it was, after the
 * person's snooze time or, when that falls outside active hours, soon after they open
 * (schedule/commands.ts `snooze`). With no moment ahead at all, it simply leaves offer.
 */
import { snooze as planSnooze } from '../schedule/commands.ts';
import type { State } from '../state/types.ts';
import { recordAnswer } from './answer.ts';
import { unchanged, type Outcome, type World } from './world.ts';

export function snooze(state: State, payload: { readonly nudgeId: string }, world: World): Outcome<{ until: number | null }> {
  const answered = recordAnswer(state, payload.nudgeId, 'snoozed', world.now);
  // recordAnswer found the nudge, so `state.current` is it; the check keeps the types honest.
  if (!answered || !state.current) return unchanged({ until: null });
  const planned = planSnooze({ ...world, settings: state.settings, state: state.schedule, log: state.log });
  const until = planned.state.dueAt;
  // The snoozed nudge keeps its id: when it comes back, its notification replaces the old one.
  const current = until === null ? null : { ...state.current, snoozedUntil: until };
  return { patch: { log: answered.log, current, schedule: planned.state }, alarmAt: planned.alarmAt, reply: { until } };
}
