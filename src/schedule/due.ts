/**
 * A due (or overdue) nudge: show it, hold it, or let it go.
 *
 * Late: a nudge found overdue by more than a few minutes (sleep, closed browser, lost
 * alarms) is shown once as a catch-up if it is at most one interval late; older than
 * that, the moment is gone and the rhythm restarts from now. Either way one nudge at most.
 *
 * Held: while a hold applies the nudge waits (its `dueAt` tracks the last moment it was
 * seen held, so a hold is never mistaken for lateness) and is shown shortly after the
 * hold lifts, if that is still inside active hours. There is only ever one due nudge.
 */
import type { Settings } from '../settings/types.ts';
import { formatLocalIso } from '../time/format.ts';
import { fit, type PlanContext } from './fit.ts';
import { meanGapAfter, sampleGap } from './gap.ts';
import { makeHistory, recordShown } from './history.ts';
import type { ScheduleState } from './state.ts';
import type { HoldSignals, WakeInput, WakeResult } from './types.ts';

const MINUTE = 60_000;
/** Alarms may run a little late even when all is well (Chrome batches them). */
export const LATE_GRACE_MS = 5 * MINUTE;

type Plan = (dueAt: number | null, again: boolean, why: string) => WakeResult;

export function handleDue(input: WakeInput, base: ScheduleState, ctx: PlanContext, plan: Plan): WakeResult {
  const { settings, now, timeZone } = input;
  const { dueAt, again, heldSince } = input.state;
  const due = dueAt ?? now;
  const late = now - due;
  const fresh = (why: string): WakeResult => plan(fit(now, ctx, { fresh: true, rhythm: true }), false, why);

  if (late > settings.intervalMinutes * MINUTE) {
    return fresh(`missed ${formatLocalIso(due, timeZone)} while away; the moment is gone`);
  }
  const w = ctx.calendar.windowFrom(now);
  if (!w || w.open > now) return fresh('due outside active hours');
  if (!again) {
    if (ctx.history.countSince(ctx.calendar.dayStart(now)) >= settings.dailyCap) {
      return fresh('daily cap reached');
    }
    const last = ctx.history.lastShownAt;
    if (last !== null && now < last + settings.minGapMinutes * MINUTE) {
      return plan(fit(now, ctx, { fresh: false, rhythm: true }), false, 'too soon after the last nudge');
    }
  }

  if (holdApplies(settings, input.holds)) {
    const { recheckAt } = input.state;
    if (heldSince !== null && recheckAt !== null && now < recheckAt) {
      return { state: base, show: null, alarmAt: recheckAt, why: 'held' };
    }
    const since = heldSince ?? now;
    const next = now + recheckAfter(now - since, settings, input.holds);
    return {
      state: { ...base, dueAt: now, heldSince: since, recheckAt: next },
      show: null,
      alarmAt: next,
      why: `held since ${formatLocalIso(since, timeZone)}`,
    };
  }
  if (heldSince !== null && input.reason === 'idle-changed') {
    // Woken by the person's return itself: give them a moment before the nudge.
    const soon = Math.min(now + MINUTE * (1 + 2 * ctx.random()), w.close - 1);
    return plan(soon, again, 'hold lifted');
  }

  const catchUp = heldSince === null && late > LATE_GRACE_MS;
  const shown: ScheduleState = {
    ...base,
    again: false,
    lastShownAt: now,
    shownAt: again ? base.shownAt : recordShown(base.shownAt, now),
    heldSince: null,
    recheckAt: null,
  };
  const after: PlanContext = { ...ctx, history: makeHistory(shown, input.log, now) };
  const mean = meanGapAfter(now, settings, after.calendar, after.history);
  const next = fit(now + sampleGap(mean, settings.spread, ctx.random), after, { fresh: false, rhythm: true });
  return {
    state: { ...shown, dueAt: next, plannedAt: now },
    show: { catchUp, again },
    alarmAt: next,
    why:
      `${again ? 'showing the snoozed nudge again' : catchUp ? 'catch-up nudge' : 'nudge due'}; ` +
      (next === null ? 'no active hours ahead' : `next at ${formatLocalIso(next, timeZone)}`),
  };
}

function holdApplies(settings: Settings, signals: HoldSignals): boolean {
  const { holds } = settings;
  return (holds.idle && signals.idle) || (holds.fullscreen && signals.fullscreen) || (holds.audio && signals.audible);
}

/**
 * When to look again while held. Idle has an event for its end (idle.onStateChanged wakes
 * the worker with 'idle-changed'), so for an idle-only hold the look is just a safety net,
 * half an interval away: an hour at the computer's lock screen costs no wake-ups.
 * Without such an event (fullscreen, audio), look again after 5 min, then about as long as
 * the hold has lasted, up to 30 min and never past half an interval: few wake-ups during
 * a long film, and the nudge never reads as "missed".
 */
function recheckAfter(heldForMs: number, settings: Settings, signals: HoldSignals): number {
  const half = (settings.intervalMinutes * MINUTE) / 2;
  const { holds } = settings;
  const polled = (holds.fullscreen && signals.fullscreen) || (holds.audio && signals.audible);
  if (!polled) return half;
  return Math.max(5 * MINUTE, Math.min(heldForMs, 30 * MINUTE, half));
}
