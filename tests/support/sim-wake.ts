/**
 * Small helpers for the scheduler's rule tests: build a `wake` input with everything but
 * the point of the test defaulted, and drive `wake` alarm by alarm over a few days, the
 * way the worker does, with no simulated person in the way.
 */
import { appendEvent } from '../../src/log/append.ts';
import type { LogEvent } from '../../src/log/types.ts';
import { seeded } from '../../src/random.ts';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from '../../src/schedule/state.ts';
import type { HoldSignals, WakeInput, WakeReason, WakeResult } from '../../src/schedule/types.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { parseSettings } from '../../src/settings/parse.ts';
import type { Settings, TimeRange } from '../../src/settings/types.ts';
import { WEEKDAYS, type Weekday } from '../../src/time/local-date.ts';

export const NO_HOLDS: HoldSignals = Object.freeze({ idle: false, fullscreen: false, audible: false });

export function wakeInput(over: Partial<WakeInput> & Pick<WakeInput, 'now'>): WakeInput {
  return {
    settings: DEFAULT_SETTINGS,
    state: INITIAL_SCHEDULE_STATE,
    log: [],
    timeZone: 'Europe/Berlin',
    random: seeded(1),
    holds: NO_HOLDS,
    reason: 'alarm',
    ...over,
  };
}

/** Valid settings from the defaults with some fields changed; throws if the schema says no. */
export function settingsWith(over: Partial<Settings>): Settings {
  const parsed = parseSettings({ ...DEFAULT_SETTINGS, ...over });
  if (!parsed.ok) throw new Error(`test settings are invalid: ${parsed.path} ${parsed.code}`);
  return parsed.value;
}

/** The same ranges on every weekday. */
export function everyDay(...ranges: TimeRange[]): Settings['activeHours'] {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, ranges])) as Record<Weekday, TimeRange[]>;
}

export interface DriveOptions {
  readonly settings: Settings;
  readonly from: number;
  readonly until: number;
  readonly seed?: number;
  /** The machine's zone at an instant (a function for a traveller). */
  readonly timeZone: string | ((t: number) => string);
  readonly holds?: (t: number) => HoldSignals;
  readonly state?: ScheduleState;
  readonly log?: readonly LogEvent[];
}

export interface Shown {
  readonly at: number;
  readonly timeZone: string;
  readonly catchUp: boolean;
  readonly again: boolean;
}

export interface Drive {
  readonly shows: Shown[];
  /** Every wake, the first ('installed') included. */
  readonly wakes: number;
  readonly state: ScheduleState;
  readonly log: LogEvent[];
  readonly last: WakeResult;
}

/** Installs at `from`, then wakes at each alarm before `until`; logs each nudge shown. */
export function drive(opts: DriveOptions): Drive {
  const random = seeded(opts.seed ?? 1);
  const zoneAt = (t: number): string => (typeof opts.timeZone === 'string' ? opts.timeZone : opts.timeZone(t));
  const shows: Shown[] = [];
  let log: LogEvent[] = [...(opts.log ?? [])];
  let state = opts.state ?? INITIAL_SCHEDULE_STATE;
  let wakes = 0;
  const step = (now: number, reason: WakeReason): WakeResult => {
    wakes++;
    const timeZone = zoneAt(now);
    const r = wake({
      settings: opts.settings, state, log, now, timeZone, random, reason, holds: opts.holds?.(now) ?? NO_HOLDS,
    });
    state = r.state;
    if (r.show) {
      shows.push({ at: now, timeZone, ...r.show });
      const id = `n${shows.length}`;
      log = appendEvent(log, { at: now, type: 'shown', nudgeId: id, strategyId: 'test', kind: 'calm' }, now);
    }
    return r;
  };
  let now = opts.from;
  let last = step(now, 'installed');
  for (let i = 0; i < 10_000 && last.alarmAt !== null && last.alarmAt < opts.until; i++) {
    now = Math.max(last.alarmAt, now);
    last = step(now, 'alarm');
  }
  return { shows, wakes, state, log, last };
}
