/**
 * Every limit Tend enforces, defined once. The schemas (settings, stored state, commands),
 * the forms that check a draft before sending it, and the messages that name a limit all
 * read these, so a form can never accept what the schema refuses, nor word a number the
 * schema does not hold (tests/unit/limits.test.ts asserts each edge). Pure: no DOM.
 */

/** Inclusive bounds of a whole number (or, for weights and spread, a fraction). */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

// ——— A nudge line, and the strategies a person writes ———

/** A notification title: what fits on one line of a system notification without being cut. */
export const TITLE_MAX = 40;
/** A notification's message: what a system notification shows in full, unexpanded. */
export const MESSAGE_MAX = 120;
/** One step of a strategy: a sentence or two, read in the popup, never in a notification. */
export const STEP_MAX = 200;
/** Steps of one strategy: a short list someone can follow without scrolling the popup. */
export const STEPS_MAX = 8;
/** Lines of one stored strategy: a handful to rotate through (the form writes one). */
export const NUDGES_MAX = 5;
/** A strategy's "why": a short paragraph, so stored strategies stay small. */
export const WHY_MAX = 400;
/** How long a strategy takes: at least a minute, and nothing longer than a two-hour block. */
export const STRATEGY_MINUTES: Bounds = { min: 1, max: 120 };
/** The person's own strategies: enough for anyone's ideas, small enough to keep storage bounded. */
export const CUSTOM_MAX = 50;

// ——— Settings ———

/** Average minutes between nudges: more often than every half hour nags; past 8 hours is one a day. */
export const INTERVAL_MINUTES: Bounds = { min: 30, max: 480 };
/** Nudges a day: at least one, at most one an hour. */
export const DAILY_CAP: Bounds = { min: 1, max: 24 };
/** Minimum gap between two nudges: never back to back, and never longer than the longest interval. */
export const MIN_GAP_MINUTES: Bounds = { min: 5, max: INTERVAL_MINUTES.max };
/** How long "Later" waits: a short breath up to half a working day. */
export const SNOOZE_MINUTES: Bounds = { min: 5, max: 240 };
/** Active-hour ranges a day: enough for a split day, few enough to edit in the popup. */
export const RANGES_A_DAY_MAX = 6;
/** How much the gaps vary around the average (a fraction of it): past a half, it is no rhythm. */
export const SPREAD: Bounds = { min: 0, max: 0.5 };
/** A kind's weight in the picker: never zero (switch the kind off for that), at most ten-fold. */
export const KIND_WEIGHT: Bounds = { min: 0.1, max: 10 };
