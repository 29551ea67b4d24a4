/**
 * The year-long property, shared by one test file per zone (so vitest can run zones in
 * parallel): for random valid settings, seeds, fault sequences and ways the person answers
 * (Done, Skip, Later, Another one, Pause, closing the notification — all through the
 * worker's own transitions), every promise holds, the one alarm included.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { simulate } from '../../scripts/simulate/engine.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { faultsArb, settingsArb, temperamentArb } from './sim-arbitraries.ts';
import { violations } from './sim-invariants.ts';

// Each run is a whole simulated year; a handful per zone keeps CI fast while fast-check
// still explores settings × faults. Explore more locally: TEND_PROPERTY_RUNS=200.
export const PROPERTY_RUNS = Number(process.env['TEND_PROPERTY_RUNS'] ?? 10);
/** Generous: a year with a 30-minute rhythm takes about a second. */
export const PROPERTY_TIMEOUT_MS = 120_000;
const DAYS = 365;

export function checkYears(timeZone: string, seed?: number): void {
  const start = localToEpoch({ year: 2025, month: 1, day: 1 }, 0, timeZone);
  fc.assert(
    fc.property(
      settingsArb,
      fc.integer(),
      faultsArb(start, DAYS),
      fc.integer({ min: 0, max: 7 * 1440 }),
      temperamentArb,
      (settings, runSeed, faults, offsetMinutes, temperament) => {
        const run = simulate({
          start: start + offsetMinutes * 60_000,
          days: DAYS,
          timeZone,
          seed: runSeed,
          settings,
          strategies: STRATEGIES,
          faults,
          ...(temperament === undefined ? {} : { temperament }),
        });
        expect(violations(run, settings, STRATEGIES, faults)).toEqual([]);
      },
    ),
    { numRuns: PROPERTY_RUNS, ...(seed === undefined ? {} : { seed }) },
  );
}
