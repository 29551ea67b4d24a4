/**
 * The person's own commands that move the plan. Each returns the new state and the one
 * alarm to set; calling `wake` afterwards returns the same alarm.
 */
import type { LogEvent } from '../log/types.ts';
import type { Random } from '../random.ts';
import type { Settings } from '../settings/types.ts';
import { makeCalendar } from './calendar.ts';
import { fit, type PlanContext } from './fit.ts';
import { makeHistory } from './history.ts';
import { planKey } from './plan-key.ts';
import type { ScheduleState } from './state.ts';

export interface CommandInput {
  readonly settings: Settings;
  readonly state: ScheduleState;
  readonly log: readonly LogEvent[];
  readonly now: number;
  readonly timeZone: string;
  readonly random: Random;
}

export interface CommandResult {
  readonly state: ScheduleState;
  readonly alarmAt: number | null;
}

function context(input: CommandInput, state: ScheduleState): PlanContext {
  return {
    settings: input.settings,
    calendar: makeCalendar(input.settings.activeHours, input.timeZone),
    history: makeHistory(state, input.log, input.now),
    random: input.random,
  };
}

/**
 * "Later": the current nudge comes back after `snoozeMinutes`, or a random while after the
 * next opening when that falls outside active hours. It replaces the pending plan (one
 * waiting nudge at most); the rhythm resumes from when it shows again. Showing it again
 * does not count toward the daily cap or the minimum gap: it is the same nudge.
 */
export function snooze(input: CommandInput): CommandResult {
  const { settings, now, timeZone } = input;
  const wished = now + settings.snoozeMinutes * 60_000;
  const dueAt = fit(wished, context(input, input.state), { fresh: false, rhythm: false });
  const state: ScheduleState = {
    ...input.state,
    dueAt,
    again: dueAt !== null,
    plannedAt: now,
    planKey: planKey(settings),
    timeZone,
    heldSince: null,
    recheckAt: null,
  };
  return { state, alarmAt: dueAt };
}

/**
 * "Another one" or "Start now" from the library: the person asked, so it does not count
 * toward the daily cap (the worker logs it with `asked: true`). It does reset spacing:
 * the next planned nudge keeps at least the minimum gap from it, so asking never brings a
 * scheduled nudge right on top. A snoozed nudge keeps its moment: the person chose it.
 */
export function asked(input: CommandInput): CommandResult {
  const state: ScheduleState = { ...input.state, lastShownAt: input.now };
  const { dueAt } = state;
  if (dueAt === null || state.again || state.heldSince !== null) {
    return { state, alarmAt: state.heldSince !== null ? state.recheckAt : dueAt };
  }
  const moved = fit(Math.max(dueAt, input.now), context(input, state), { fresh: false, rhythm: true });
  return { state: { ...state, dueAt: moved, plannedAt: input.now }, alarmAt: moved };
}
