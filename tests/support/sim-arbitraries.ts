/** fast-check generators for valid settings and fault sequences over a simulated year. */
import fc from 'fast-check';
import type { Fault } from '../../scripts/simulate/faults.ts';
import type { Temperament } from '../../scripts/simulate/person.ts';
import { parseSettings } from '../../src/settings/parse.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings/defaults.ts';
import type { Settings, TimeRange } from '../../src/settings/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';

/** Three zones with DST (both hemispheres) and one without. */
export const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'] as const;

const DAY_MS = 86_400_000;

const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

// Times around midnight and the DST hours come up often, where bugs would live.
const time = fc.oneof(
  fc.constantFrom('00:00', '01:30', '02:00', '02:30', '03:00', '03:30', '23:00'),
  fc.integer({ min: 0, max: 1439 }).map(hhmm),
);

const range: fc.Arbitrary<TimeRange> = fc
  .tuple(time, time)
  .filter(([start, end]) => start !== end)
  .map(([start, end]) => ({ start, end }));

/** Mostly every day alike (the common case), sometimes each weekday its own. */
const activeHours = fc.oneof(
  fc.array(range, { minLength: 1, maxLength: 3 }).map((day) => Object.fromEntries(WEEKDAYS.map((d) => [d, day]))),
  fc.tuple(...WEEKDAYS.map(() => fc.array(range, { maxLength: 3 }))).map((days) =>
    Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i] ?? []])),
  ),
);

export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    intervalMinutes: fc.integer({ min: 30, max: 480 }),
    spread: fc.double({ min: 0, max: 0.5, noNaN: true }),
    gapShare: fc.double({ min: 0, max: 1, noNaN: true }),
    dailyCap: fc.integer({ min: 1, max: 24 }),
    activeHours,
    kinds: fc.tuple(
      ...KINDS.map(() => fc.record({ enabled: fc.boolean(), weight: fc.double({ min: 0.1, max: 10, noNaN: true }) })),
    ),
    snoozeMinutes: fc.integer({ min: 5, max: 240 }),
    holds: fc.record({ idle: fc.boolean(), fullscreen: fc.boolean(), audio: fc.boolean() }),
  })
  .map(({ gapShare, kinds, ...rest }) => {
    const raw = {
      ...DEFAULT_SETTINGS,
      ...rest,
      version: SETTINGS_VERSION,
      minGapMinutes: Math.max(5, Math.round(rest.intervalMinutes * gapShare)),
      kinds: Object.fromEntries(KINDS.map((k, i) => [k, kinds[i]])),
    };
    const parsed = parseSettings(raw);
    if (!parsed.ok) throw new Error(`generator made invalid settings: ${parsed.path} ${parsed.code}`);
    return parsed.value;
  });

export function faultArb(start: number, days: number): fc.Arbitrary<Fault> {
  const at = fc.integer({ min: 0, max: days * DAY_MS - 1 }).map((ms) => start + ms);
  const minutes = (max: number) => fc.integer({ min: 1, max });
  return fc.oneof(
    fc.record({ type: fc.constant('sleep' as const), at, minutes: minutes(72 * 60) }),
    fc.record({ type: fc.constant('restart' as const), at, minutes: minutes(48 * 60) }),
    fc.record({ type: fc.constant('kill' as const), at }),
    fc.record({ type: fc.constant('timezone' as const), at, timeZone: fc.constantFrom(...ZONES, 'UTC', 'Asia/Kathmandu') }),
    fc.record({ type: fc.constant('idle' as const), at, minutes: minutes(6 * 60) }),
    fc.record({ type: fc.constant('fullscreen' as const), at, minutes: minutes(4 * 60) }),
    fc.record({ type: fc.constant('audio' as const), at, minutes: minutes(3 * 60) }),
    fc.record({
      type: fc.constant('pause' as const),
      at,
      minutes: fc.oneof(minutes(3 * 24 * 60), fc.constantFrom('rest-of-today' as const, 'until-resumed' as const)),
    }),
    fc.record({ type: fc.constant('resume' as const), at }),
  );
}

export function faultsArb(start: number, days: number): fc.Arbitrary<Fault[]> {
  return fc.array(faultArb(start, days), { maxLength: 30 });
}

const share = fc.double({ min: 0, max: 1, noNaN: true });

/**
 * How the simulated person answers: undefined (by liking, the CLI's person), or any mix
 * of Done, Skip, Later, Another one, Pause and closing the notification — including the
 * extremes (only Later, only Another one), where sequences a liking never makes live.
 */
export const temperamentArb: fc.Arbitrary<Temperament | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ done: share, skip: share, snooze: share, another: share, pause: share.map((p) => p / 4), dismiss: share }),
  fc.constantFrom<Temperament>(
    { done: 0, skip: 0, snooze: 1, another: 0, pause: 0, dismiss: 0 },
    { done: 0.3, skip: 0, snooze: 0, another: 0.7, pause: 0, dismiss: 0 },
    { done: 0, skip: 0, snooze: 0, another: 0, pause: 0.5, dismiss: 0 },
    { done: 0, skip: 0.5, snooze: 0, another: 0, pause: 0, dismiss: 0.5 },
  ),
);
