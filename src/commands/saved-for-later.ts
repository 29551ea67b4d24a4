/**
 * A nudge put off with Later is a promise: "this comes back around 15:00". Tend keeps one
 * nudge at a time (`State.current`), so a nudge asked for meanwhile used to overwrite the
 * saved one without a word, and its return at 15:00 became a new pick (issue 15).
 *
 * The decision, made here once for every way of asking:
 * - "Give me one now" (Another one with nothing on offer) and the test nudge bring the
 *   saved nudge back now: the person asked for a nudge and Tend already has the one it
 *   promised them. The popup asks first ("You have one saved for later — show that one
 *   now?"), so someone who wants something else says so, and that is the next case.
 * - Another one naming the saved nudge ("A different one") and Start now of another
 *   strategy replace it knowingly: it is logged as `passed` (the person chose another one
 *   instead), so the log does not leave it at "later" forever, and its moment no longer
 *   brings anything back (`again` is cleared; the rhythm plans the next nudge as usual).
 * - Start now of the saved nudge's own strategy brings that same nudge back.
 */
import { appendEvent } from '../log/append.ts';
import { asked } from '../schedule/commands.ts';
import type { ScheduleState } from '../schedule/state.ts';
import { shownEvent } from '../state/offer.ts';
import type { CurrentNudge, State } from '../state/types.ts';
import type { Outcome, World } from './world.ts';

/**
 * The schedule once the saved nudge is no longer coming back by itself: its moment stays
 * the next planned moment, but for a new nudge (the scheduler's cap and gap apply again).
 */
export function withoutComeback(schedule: ScheduleState): ScheduleState {
  return schedule.again ? { ...schedule, again: false } : schedule;
}

/**
 * The saved nudge back on offer now, as it was (same id, same line), shown in the page that
 * asked, or as a notification when `notify` (the test nudge must reach the screen).
 */
export function bringBack(state: State, saved: CurrentNudge, world: World, notify = false): Outcome<{ nudgeId: string }> {
  const { now } = world;
  const current: CurrentNudge = { ...saved, shownAt: now, snoozedUntil: null, catchUp: false, notified: !notify };
  const log = appendEvent(state.log, shownEvent(current), now);
  const planned = asked({ settings: state.settings, state: withoutComeback(state.schedule), log, now, timeZone: world.timeZone, random: world.random });
  return { patch: { log, current, schedule: planned.state }, alarmAt: planned.alarmAt, reply: { nudgeId: current.id } };
}
