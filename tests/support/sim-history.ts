/**
 * Histories written by the simulator (scripts/simulate/engine.ts), so the storage layout is
 * tested with what real use leaves behind: answers, snoozes and "Another one"s included.
 */
import { simulate } from '../../scripts/simulate/engine.ts';
import type { LogEvent } from '../../src/log/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';

const DAY_MS = 86_400_000;

/** The old layout's log after a year of default use up to `end`: the last ~180 days, as appendEvent kept them. */
export function storedYear(end: number, seed = 7): LogEvent[] {
  const year = simulate({ start: end - 365 * DAY_MS, days: 365, timeZone: 'Europe/Berlin', seed, settings: DEFAULT_SETTINGS, strategies: STRATEGIES });
  return year.log.filter((e) => e.at < end);
}

/**
 * Every event of a year of default use up to `end`, none trimmed: three simulated runs of
 * four months back to back (each shorter than the old log's 180 days, so appendEvent kept all).
 */
export function fullYear(end: number, seed = 7): LogEvent[] {
  const parts = [3, 2, 1].map((k) => {
    const start = end - k * 122 * DAY_MS;
    const run = simulate({ start, days: 122, timeZone: 'Europe/Berlin', seed: seed + k, settings: DEFAULT_SETTINGS, strategies: STRATEGIES });
    return run.log.filter((e) => e.at >= start && e.at < start + 122 * DAY_MS && e.at < end);
  });
  return parts.flat();
}
