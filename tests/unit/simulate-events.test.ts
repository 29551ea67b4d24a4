import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../scripts/simulate/engine.ts';
import { parseEvents } from '../../scripts/simulate/events-file.ts';
import { FAULT_TYPES } from '../../scripts/simulate/faults.ts';
import { summarize } from '../../scripts/simulate/summary.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { at, HOUR, local } from '../support/sim-clock.ts';
import { violations } from '../support/sim-invariants.ts';

const tz = 'Europe/Berlin';
const start = at(tz, '2025-01-01 00:00');
const example = JSON.parse(readFileSync(new URL('../../docs/simulate-events.example.json', import.meta.url), 'utf8')) as unknown;
const errorOf = (raw: unknown): string => {
  try {
    parseEvents(raw, start, tz);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the events to be rejected');
};

describe('simulate --events: the file format', () => {
  it('the documented example parses and uses every kind of fault', () => {
    const faults = parseEvents(example, start, tz);
    expect(new Set(faults.map((f) => f.type))).toEqual(new Set(FAULT_TYPES));
  });

  it('"day" and "time" count from the start in the simulated zone; "at" is an exact moment', () => {
    const [a, b] = parseEvents(
      [{ type: 'sleep', day: 2, time: '10:15', hours: 1, minutes: 30 }, { type: 'kill', at: '2025-01-05T08:00:00+01:00' }],
      start,
      tz,
    );
    expect(a && local(a.at, tz)).toBe('2025-01-03 10:15');
    expect(a?.type === 'sleep' && a.minutes).toBe(90);
    expect(b?.at).toBe(at(tz, '2025-01-05 08:00'));
  });

  it.each([
    [[{ type: 'sleep', day: 1, hour: 2 }], 'events[0].hour: unknown key'],
    [[{ type: 'nap', day: 1 }], 'events[0].type: expected "type" to be one of sleep, restart, kill, timezone, idle, fullscreen, audio, pause, resume'],
    [[{ type: 'sleep', day: 1 }], 'events[0]: needs a duration (minutes, hours or days)'],
    [[{ type: 'pause', day: 1 }], 'events[0]: a pause needs a duration (minutes, hours, days) or "until"'],
    [[{ type: 'pause', day: 1, hours: 1, until: 'rest-of-today' }], 'events[0]: a pause lasts either a duration or "until", not both'],
    [[{ type: 'kill', time: '10:00' }], 'events[0]: needs "at" or "day" (+ "time")'],
    [[{ type: 'kill', day: 1, at: '2025-01-01T00:00:00+01:00' }], 'events[0]: give either "at" or "day" (+ "time"), not both'],
    [[{ type: 'timezone', day: 1, timeZone: 'Mars/Base' }], 'events[0].timeZone: expected an IANA time zone, e.g. Europe/Berlin'],
    [{ type: 'sleep' }, 'events: expected an array of events'],
  ])('rejects %j with a message naming the problem', (raw, message) => {
    expect(errorOf(raw)).toBe(message);
  });
});

describe('simulate --events: the example run', () => {
  const faults = parseEvents(example, start, tz);
  const run = simulate({ start, days: 120, timeZone: tz, seed: 7, settings: DEFAULT_SETTINGS, strategies: STRATEGIES, faults });

  it('keeps every promise: hours, cap, gap, holds, pauses, one catch-up per wake, bounded log', () => {
    expect(violations(run, DEFAULT_SETTINGS, STRATEGIES, faults)).toEqual([]);
  });

  it('a killed worker loses the nudge it claimed, and never shows it twice', () => {
    expect(run.lost).toHaveLength(1);
  });

  it('a two-hour sleep or a short restart catches up at most once; days away catch up never', () => {
    const wakeups = run.returns;
    expect(wakeups.length).toBeGreaterThanOrEqual(4);
    for (const back of wakeups) {
      expect(run.nudges.filter((n) => n.catchUp && n.at >= back && n.at < back + 2 * HOUR).length).toBeLessThanOrEqual(1);
    }
    const threeDaysAsleep = at(tz, '2025-01-14 18:00');
    expect(run.nudges.some((n) => n.catchUp && n.at === threeDaysAsleep)).toBe(false);
  });

  it('after travelling, nudges carry the new zone’s offset and keep to its hours', () => {
    expect(new Set(run.nudges.map((n) => n.timeZone))).toEqual(new Set([tz, 'America/New_York', 'Asia/Tokyo']));
  });

  it('the summary counts the simulated days exactly, across a DST change', () => {
    const summary = summarize(run, tz);
    expect(summary.days).toBe(120);
    expect(summary.nudges).toBeGreaterThan(300);
  });
});
