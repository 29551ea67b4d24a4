/**
 * Older stored settings, carried forward one version at a time. Each step is a small pure
 * function over unvalidated data: it rewrites only what it understands and leaves the
 * rest for the schema to judge, so a broken old file is still reported, never guessed at.
 */
import { WEEKDAYS } from '../time/local-date.ts';

export type SettingsData = Readonly<Record<string, unknown>>;
export type Migration = (old: SettingsData) => SettingsData;

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * v1 → v2. Version 1 followed the design card's "active hours and days": one range shared
 * by the chosen weekdays (`activeHours: { start, end, days }`) and `pausedUntil`
 * (moment | "resume" | null). Issue #4 asks for ranges per weekday and a `pause` object.
 */
const v1ToV2: Migration = (old) => {
  const { pausedUntil, activeHours, ...rest } = old;
  let hours: unknown = activeHours;
  if (isRecord(activeHours) && 'days' in activeHours) {
    const { start, end, days } = activeHours;
    const chosen = Array.isArray(days) ? days : [];
    hours = Object.fromEntries(
      WEEKDAYS.map((day) => [day, chosen.includes(day) ? [{ start, end }] : []]),
    );
  }
  const pause =
    pausedUntil === undefined || pausedUntil === null ? null : { until: pausedUntil };
  return { ...rest, version: 2, activeHours: hours, pause };
};

/**
 * v2 → v3. Issue 12 adds the optional "How do you feel now?" after Done (`askFelt`); it is
 * on for settings saved before it existed, as for a new install, and one tap turns it off.
 */
const v2ToV3: Migration = (old) => ({ askFelt: true, ...old, version: 3 });

/** `MIGRATIONS[i]` turns version i + 1 into version i + 2. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];

/** Applies every step from `fromVersion` to the current version. */
export function migrate(old: SettingsData, fromVersion: number): SettingsData {
  let data = old;
  for (let version = fromVersion; version <= MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version - 1];
    if (step) data = step(data);
  }
  return data;
}
