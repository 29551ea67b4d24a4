/**
 * A moment as Tend stores it: ms since 1970 (UTC). Every stored time passes this one bound,
 * so nothing read from storage or a file can carry a moment `Date` cannot represent
 * (`new Date(1e16).toISOString()` throws "Invalid time value", and a wake that formats or
 * plans with it would fail on every start). The product bound is much narrower than
 * `Date`'s ±8.64e15: no real nudge, pause or plan falls before 2000 or after 2200.
 *
 * Not required to be whole: the scheduler plans to fractions of a millisecond (a sampled
 * gap), and those plans are stored as they are.
 */

/** 2000-01-01T00:00:00Z. */
export const MIN_INSTANT = 946_684_800_000;
/** 2200-01-01T00:00:00Z. */
export const MAX_INSTANT = 7_258_118_400_000;
