import { KINDS, type Kind } from '../strategies/types.ts';
import { WEEKDAYS, type Weekday } from '../time/local-date.ts';
import type { ActiveHours, KindPreference, Settings } from './types.ts';

/** Bumped whenever the stored shape changes; `MIGRATIONS` carries older data forward. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_KIND_PREFERENCE: KindPreference = Object.freeze({ enabled: true, weight: 1 });

const DAYTIME = Object.freeze([Object.freeze({ start: '09:00', end: '21:00' })]);

const activeHours = Object.freeze(
  Object.fromEntries(WEEKDAYS.map((day) => [day, DAYTIME])) as Record<Weekday, typeof DAYTIME>,
) satisfies ActiveHours;

const kinds = Object.freeze(
  Object.fromEntries(KINDS.map((kind) => [kind, DEFAULT_KIND_PREFERENCE])) as Record<Kind, KindPreference>,
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
});
