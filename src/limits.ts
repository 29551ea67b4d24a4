/**
 * Every limit Tend enforces, defined once. The schemas (settings, stored state, commands),
 * the forms that check a draft before sending it, and the messages that name a limit all
 * read these, so a form can never accept what the schema refuses, nor word a number the
 * schema does not hold (tests/unit/limits.test.ts holds each door at each edge). Pure.
 *
 * Plain numbers, not objects: esbuild inlines a primitive `const` where it is used, so this
 * module adds no code to the popup's first paint (an object of bounds cost it ~200 B gz).
 */

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
/** Minutes a strategy takes: at least one… */
export const STRATEGY_MINUTES_MIN = 1;
/** …and nothing longer than a two-hour block. */
export const STRATEGY_MINUTES_MAX = 120;
/** The person's own strategies: enough for anyone's ideas, small enough to keep storage bounded. */
export const CUSTOM_MAX = 50;

// ——— Settings ———

/** Average minutes between nudges: more often than every half hour nags… */
export const INTERVAL_MIN = 30;
/** …and past 8 hours it is one nudge a day. */
export const INTERVAL_MAX = 480;
/** Nudges a day: at least one… */
export const DAILY_CAP_MIN = 1;
/** …at most one an hour. */
export const DAILY_CAP_MAX = 24;
/** Minimum gap between two nudges, in minutes: never back to back… */
export const GAP_MIN = 5;
/** …and never longer than the longest interval (nor than the chosen one: the schema checks that). */
export const GAP_MAX = INTERVAL_MAX;
/** Minutes "Later" waits: a short breath… */
export const SNOOZE_MIN = 5;
/** …up to half a working day. */
export const SNOOZE_MAX = 240;
/** Active-hour ranges a day: enough for a split day, few enough to edit in the popup. */
export const RANGES_A_DAY_MAX = 6;
/** How much the gaps vary around the average, as a fraction of it: from clockwork… */
export const SPREAD_MIN = 0;
/** …to loose; past a half it is no rhythm. */
export const SPREAD_MAX = 0.5;
/** A kind's weight in the picker: never zero (switching the kind off is for that)… */
export const WEIGHT_MIN = 0.1;
/** …at most ten-fold. */
export const WEIGHT_MAX = 10;
