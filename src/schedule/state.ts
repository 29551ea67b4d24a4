/**
 * What the scheduler remembers between wakes. Plain JSON: the worker saves it in
 * storage.local before acting, so a killed worker resumes exactly where it was.
 */

export interface ScheduleState {
  /** When the next nudge is due; null when nothing is planned yet (or paused). */
  readonly dueAt: number | null;
  /** The due nudge is the snoozed one shown again, not a new one. */
  readonly again: boolean;
  /** When `dueAt` was planned: a later value than now means the clock went back. */
  readonly plannedAt: number | null;
  /** Fingerprint of the rhythm settings the plan was made with; a change means replan. */
  readonly planKey: string;
  /** The zone the plan was made in; a change means re-check the plan against active hours. */
  readonly timeZone: string;
  readonly lastShownAt: number | null;
  /** Recent nudges that count toward the daily cap (the last two days at most). */
  readonly shownAt: readonly number[];
  /** Since when the due nudge has been held (idle, fullscreen, audio). */
  readonly heldSince: number | null;
  /** While held: when to look again if no event wakes the worker first. */
  readonly recheckAt: number | null;
}

export const INITIAL_SCHEDULE_STATE: ScheduleState = Object.freeze({
  dueAt: null,
  again: false,
  plannedAt: null,
  planKey: '',
  timeZone: '',
  lastShownAt: null,
  shownAt: Object.freeze([]),
  heldSince: null,
  recheckAt: null,
});

/**
 * The plan to start over from when the stored one was unreadable: nothing planned (the
 * next wake plans afresh), or, with a nudge put off until `snoozedUntil`, that nudge due
 * again then, so a lost plan never silently replaces it with a new one.
 */
export function rebuiltScheduleState(snoozedUntil: number | null): ScheduleState {
  return snoozedUntil === null ? INITIAL_SCHEDULE_STATE : { ...INITIAL_SCHEDULE_STATE, dueAt: snoozedUntil, again: true };
}
