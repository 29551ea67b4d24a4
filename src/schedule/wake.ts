/**
 * The one decision the worker asks for every time it wakes: is a nudge due now, and when
 * should it wake next. Pure and idempotent: the same state and inputs (even a slightly
 * later `now` before the due moment) give the same alarm and never a second show.
 */
import { formatLocalIso } from '../time/format.ts';
import { makeCalendar } from './calendar.ts';
import { handleDue } from './due.ts';
import { fit, type PlanContext } from './fit.ts';
import { meanGapAfter, sampleGap } from './gap.ts';
import { haltOf, type Halt } from './halt.ts';
import { makeHistory } from './history.ts';
import { planKey } from './plan-key.ts';
import type { ScheduleState } from './state.ts';
import type { WakeInput, WakeResult } from './types.ts';

/** A plan made "in the future" by more than this means the clock was set back. */
const CLOCK_SLACK_MS = 60_000;

export function wake(input: WakeInput): WakeResult {
  const { settings, now, timeZone } = input;
  const key = planKey(settings);
  const base: ScheduleState = { ...input.state, planKey: key, timeZone };

  const halt = haltOf(settings, now);
  if (halt) {
    return {
      state: { ...base, dueAt: null, again: false, plannedAt: null, heldSince: null, recheckAt: null },
      show: null,
      alarmAt: halt.reason === 'paused' && halt.until !== 'resume' ? halt.until : null,
      why: whyHalted(halt, timeZone),
    };
  }

  const history = makeHistory(input.state, input.log, now);
  const ctx: PlanContext = {
    settings,
    calendar: makeCalendar(settings.activeHours, timeZone),
    history,
    random: input.random,
  };
  const plan = (dueAt: number | null, again: boolean, why: string): WakeResult => ({
    state: { ...base, dueAt, again: dueAt !== null && again, plannedAt: now, heldSince: null, recheckAt: null },
    show: null,
    alarmAt: dueAt,
    why: dueAt === null ? `${why}; no active hours ahead` : `${why}; next at ${formatLocalIso(dueAt, timeZone)}`,
  });

  const { dueAt, again } = input.state;
  if (dueAt === null) return plan(fit(now, ctx, { fresh: true, rhythm: true }), false, 'new plan');
  if (input.state.planKey !== key) return plan(...replan(dueAt, again, now, ctx), 'settings changed');
  if (input.state.plannedAt !== null && input.state.plannedAt > now + CLOCK_SLACK_MS) {
    return plan(fit(now, ctx, { fresh: true, rhythm: true }), false, 'clock went back');
  }
  if (dueAt > now) {
    if (input.state.timeZone === timeZone) {
      return { state: base, show: null, alarmAt: dueAt, why: `waiting until ${formatLocalIso(dueAt, timeZone)}` };
    }
    // Same instant, new zone: keep it if it still falls inside active hours there.
    const refit = fit(dueAt, ctx, { fresh: false, rhythm: !again });
    if (refit === dueAt) {
      return { state: base, show: null, alarmAt: dueAt, why: 'time zone changed; plan still fits' };
    }
    return plan(refit, again, 'time zone changed');
  }
  return handleDue(input, base, ctx, plan);
}

function whyHalted(halt: Halt, timeZone: string): string {
  switch (halt.reason) {
    case 'no-kind-enabled':
      return 'no kind of strategy is enabled';
    case 'paused':
      return halt.until === 'resume' ? 'paused until resumed' : `paused until ${formatLocalIso(halt.until, timeZone)}`;
  }
}

/** After a settings change: keep a snoozed nudge, else restart the rhythm from the last nudge. */
function replan(dueAt: number, again: boolean, now: number, ctx: PlanContext): [number | null, boolean] {
  if (again) return [fit(Math.max(dueAt, now), ctx, { fresh: false, rhythm: false }), true];
  const last = ctx.history.lastShownAt;
  if (last !== null) {
    const mean = meanGapAfter(last, ctx.settings, ctx.calendar, ctx.history);
    const wished = last + sampleGap(mean, ctx.settings.spread, ctx.random);
    if (wished > now) return [fit(wished, ctx, { fresh: false, rhythm: true }), false];
  }
  return [fit(now, ctx, { fresh: true, rhythm: true }), false];
}
