import { KINDS, type Kind } from '../strategies/types.ts';
import { WEEKDAYS, type Weekday } from '../time/local-date.ts';
import type { ActiveHours, KindPreference, Settings } from './types.ts';

/** Bumped whenever the stored shape changes; `MIGRATIONS` carries older data forward. */
export const SETTINGS_VERSION = 3;

export const DEFAULT_KIND_PREFERENCE: KindPreference = Object.freeze({ enabled: true, weight: 1 });

const DAYTIME = Object.freeze([Object.freeze({ start: '09:00', end: '21:00' })]);

const activeHours = Object.freeze(
  Object.fromEntries(WEEKDAYS.map((day) => [day, DAYTIME])) as Record<Weekday, typeof DAYTIME>,
) satisfies ActiveHours;

/**
 * How much of each kind a new install gets (issue 15). A support network kept up by
 * small, regular contact is the sources' core idea (002, 003, 004): reaching out and
 * thanking get twice the rest, community half as much again. Professional help belongs in
 * the library and at hand, not on a timer: at a quarter it comes up about once a
 * fortnight at four nudges a day. With these, `npm run simulate -- --days 90 --summary`
 * reports connect + community + gratitude ≈ 41 %, professional ≈ 2 %, no kind above 17 %
 * (40 seeds: ≥ 35.6 %, ≤ 3.9 %, ≤ 19.7 %); tests/unit/kind-mix.test.ts holds the seeded
 * run to ≥ 35 %, ≤ 4 % and ≤ 20 %.
 * Stored settings carry their own weights: changing these affects new installs and a
 * reset to defaults, never the choices someone already has.
 */
export const DEFAULT_KIND_WEIGHTS: Readonly<Record<Kind, number>> = Object.freeze({
  connect: 2,
  community: 1.5,
  move: 1,
  body: 1,
  reflect: 1,
  calm: 1,
  perspective: 1,
  steps: 1,
  gratitude: 2,
  boundaries: 1,
  professional: 0.25,
});

const kinds = Object.freeze(
  Object.fromEntries(
    KINDS.map((kind) => [kind, Object.freeze({ enabled: true, weight: DEFAULT_KIND_WEIGHTS[kind] })]),
  ) as Record<Kind, KindPreference>,
);

/**
 * A few nudges a day: every ~2 h (60–140 %), at most 4, never closer than 1 h, 09–21
 * every day. With a 12-hour day the cap is what binds, so the scheduler spreads the four
 * across the day rather than bunching them into the morning (see schedule/gap.ts).
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  intervalMinutes: 120,
  spread: 0.4,
  activeHours,
  dailyCap: 4,
  minGapMinutes: 60,
  kinds,
  pause: null,
  snoozeMinutes: 30,
  holds: Object.freeze({ idle: true, fullscreen: true, audio: true }),
  notifications: Object.freeze({ silent: false, requireInteraction: false }),
  askFelt: true,
});
