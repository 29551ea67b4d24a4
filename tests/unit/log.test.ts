import { describe, expect, it } from 'vitest';
import { LOG_MAX_AGE_DAYS, LOG_MAX_EVENTS, appendEvent, newNudgeId } from '../../src/log/append.ts';
import { kindCounts } from '../../src/log/kind-counts.ts';
import { parseLog } from '../../src/log/parse.ts';
import { recentNudges } from '../../src/log/recent.ts';
import type { EventType, LogEvent } from '../../src/log/types.ts';
import { weekChart } from '../../src/log/week-chart.ts';
import { seeded } from '../../src/random.ts';
import type { Kind } from '../../src/strategies/types.ts';
import { at, DAY, HOUR, MINUTE } from '../support/sim-clock.ts';

const tz = 'Europe/Berlin';
const NOW = at(tz, '2025-06-10 18:00');
const ev = (type: EventType, nudgeId: string, atMs: number, kind: Kind = 'calm', strategyId = `${kind}-s`): LogEvent => ({
  at: atMs, type, nudgeId, strategyId, kind,
});

describe('log: bounded storage', () => {
  it('appends in order and returns a new log, leaving the old one as it was', () => {
    const log = [ev('shown', 'a', NOW - HOUR)];
    const next = appendEvent(log, ev('done', 'a', NOW), NOW);
    expect(next.map((e) => e.type)).toEqual(['shown', 'done']);
    expect(log).toHaveLength(1);
  });

  it(`keeps at most ${LOG_MAX_EVENTS} events, dropping the oldest first`, () => {
    let log: LogEvent[] = [];
    for (let i = 0; i < LOG_MAX_EVENTS + 200; i++) log = appendEvent(log, ev('shown', `n${i}`, NOW + i * MINUTE), NOW + i * MINUTE);
    expect(log).toHaveLength(LOG_MAX_EVENTS);
    expect(log[0]?.nudgeId).toBe('n200');
    expect(log[log.length - 1]?.nudgeId).toBe(`n${LOG_MAX_EVENTS + 199}`);
  });

  it(`drops events older than ${LOG_MAX_AGE_DAYS} days when the next one is appended`, () => {
    const log = [ev('shown', 'old', NOW - (LOG_MAX_AGE_DAYS + 1) * DAY), ev('shown', 'kept', NOW - (LOG_MAX_AGE_DAYS - 1) * DAY)];
    expect(appendEvent(log, ev('shown', 'new', NOW), NOW).map((e) => e.nudgeId)).toEqual(['kept', 'new']);
  });

  it('a year at the cap every day stays under 512 KB', () => {
    let log: LogEvent[] = [];
    const random = seeded(2);
    for (let d = 0; d < 365; d++) {
      for (let n = 0; n < 24; n++) {
        const t = NOW + d * DAY + n * 30 * MINUTE;
        const id = newNudgeId(t, random);
        log = appendEvent(log, { ...ev('shown', id, t, 'perspective', 'notice-three-good-things'), line: 2, personId: 'p-1234' }, t);
        log = appendEvent(log, ev('done', id, t + MINUTE, 'perspective', 'notice-three-good-things'), t + MINUTE);
      }
    }
    expect(log.length).toBeLessThanOrEqual(LOG_MAX_EVENTS);
    expect(JSON.stringify(log).length).toBeLessThan(512 * 1024);
  });

  it('nudge ids are short and differ for nudges at the same moment', () => {
    const random = seeded(3);
    const ids = new Set(Array.from({ length: 20 }, () => newNudgeId(NOW, random)));
    expect(ids.size).toBeGreaterThan(15);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(12);
  });
});

describe('log: reading it back from storage or an import', () => {
  it('keeps valid events, drops and counts invalid ones, and sorts by time', () => {
    const raw = [ev('done', 'b', NOW), { at: 'yesterday', type: 'shown' }, ev('shown', 'b', NOW - HOUR), { ...ev('shown', 'c', NOW), kind: 'retired-kind' }];
    const { events, dropped } = parseLog(raw);
    expect(dropped).toBe(2);
    expect(events.map((e) => `${e.type}:${e.nudgeId}`)).toEqual(['shown:b', 'done:b']);
  });

  it('something that is not a list is an empty log', () => {
    expect(parseLog({ events: [] })).toEqual({ events: [], dropped: 0 });
  });

  it('optional fields survive the round trip and absent ones stay absent', () => {
    const e: LogEvent = { ...ev('shown', 'a', NOW), line: 1, catchUp: true, personId: 'p1' };
    const { events } = parseLog(JSON.parse(JSON.stringify([e, ev('done', 'a', NOW + 1)])));
    expect(events[0]).toEqual(e);
    expect(Object.keys(events[1] ?? {})).toEqual(['at', 'type', 'nudgeId', 'strategyId', 'kind']);
  });
});

describe('log: the popup’s last seven days', () => {
  it('lists each nudge once, newest first, with what came of it', () => {
    const log = [
      ev('shown', 'a', NOW - 3 * HOUR), ev('done', 'a', NOW - 3 * HOUR + MINUTE),
      ev('shown', 'b', NOW - 2 * HOUR), ev('skipped', 'b', NOW - 2 * HOUR + MINUTE),
      ev('shown', 'c', NOW - HOUR),
    ];
    expect(recentNudges(log, NOW).map((n) => `${n.nudgeId}:${n.outcome}`)).toEqual(['c:none', 'b:skipped', 'a:done']);
  });

  it('a snoozed nudge shown again is still one entry, and its final answer counts', () => {
    const log = [
      ev('shown', 'a', NOW - 2 * HOUR), ev('snoozed', 'a', NOW - 2 * HOUR + MINUTE),
      ev('shown', 'a', NOW - HOUR), ev('done', 'a', NOW - HOUR + MINUTE),
    ];
    const list = recentNudges(log, NOW);
    expect(list).toHaveLength(1);
    expect(list[0]?.outcome).toBe('done');
    expect(list[0]?.at).toBe(NOW - 2 * HOUR);
  });

  it('once done, a later dismissal does not undo it', () => {
    const log = [ev('shown', 'a', NOW - HOUR), ev('done', 'a', NOW - 50 * MINUTE), ev('dismissed', 'a', NOW - 40 * MINUTE)];
    expect(recentNudges(log, NOW)[0]?.outcome).toBe('done');
  });

  it('leaves out what is older than seven days, and answers to nudges it does not list', () => {
    const log = [ev('shown', 'old', NOW - 8 * DAY), ev('done', 'old', NOW - 6 * DAY), ev('shown', 'new', NOW - 6 * DAY)];
    expect(recentNudges(log, NOW).map((n) => n.nudgeId)).toEqual(['new']);
  });

  it('carries the catch-up, asked and person marks to the list', () => {
    const log: LogEvent[] = [{ ...ev('shown', 'a', NOW - HOUR, 'connect'), catchUp: true, personId: 'p1', line: 2 }];
    expect(recentNudges(log, NOW)[0]).toMatchObject({ catchUp: true, personId: 'p1', line: 2, kind: 'connect', outcome: 'none' });
  });
});

describe('log: per-kind counts', () => {
  it('counts what was shown and what came of it, per kind, over the last 30 days', () => {
    const log = [
      ev('shown', 'a', NOW - 40 * DAY, 'move'),
      ev('shown', 'b', NOW - 2 * DAY, 'move'), ev('done', 'b', NOW - 2 * DAY, 'move'),
      ev('shown', 'c', NOW - DAY, 'move'), ev('snoozed', 'c', NOW - DAY, 'move'), ev('shown', 'c', NOW - DAY + 30 * MINUTE, 'move'), ev('skipped', 'c', NOW - DAY + 31 * MINUTE, 'move'),
      ev('shown', 'd', NOW - HOUR, 'calm'), ev('dismissed', 'd', NOW - HOUR, 'calm'),
    ];
    const counts = kindCounts(log, NOW);
    expect(counts.move).toEqual({ shown: 2, done: 1, snoozed: 1, skipped: 1 });
    expect(counts.calm).toEqual({ shown: 1, done: 0, snoozed: 0, skipped: 0 });
    expect(counts.gratitude).toEqual({ shown: 0, done: 0, snoozed: 0, skipped: 0 });
  });

  it('can look over a different span', () => {
    const log = [ev('shown', 'a', NOW - 40 * DAY, 'move')];
    expect(kindCounts(log, NOW, 60).move.shown).toBe(1);
  });
});

describe('log: the week chart', () => {
  it('gives seven local days ending today, oldest first, with nudges per kind and how many were done', () => {
    const log = [
      ev('shown', 'a', at(tz, '2025-06-10 09:30'), 'move'), ev('done', 'a', at(tz, '2025-06-10 09:40'), 'move'),
      ev('shown', 'b', at(tz, '2025-06-10 12:00'), 'calm'),
      ev('shown', 'c', at(tz, '2025-06-04 20:00'), 'calm'),
      ev('shown', 'too-old', at(tz, '2025-06-03 20:00'), 'calm'),
    ];
    const chart = weekChart(log, NOW, tz);
    expect(chart.map((d) => d.date)).toEqual(['2025-06-04', '2025-06-05', '2025-06-06', '2025-06-07', '2025-06-08', '2025-06-09', '2025-06-10']);
    expect(chart[0]?.weekday).toBe('wed');
    expect(chart[6]).toMatchObject({ weekday: 'tue', total: 2, done: 1 });
    expect(chart[6]?.shown.move).toBe(1);
    expect(chart[6]?.shown.calm).toBe(1);
    expect(chart[0]?.total).toBe(1);
    expect(chart.reduce((s, d) => s + d.total, 0)).toBe(3);
  });

  it('counts a nudge done the next morning on the day it was shown, and a snoozed one once', () => {
    const log = [
      ev('shown', 'a', at(tz, '2025-06-09 20:50')), ev('snoozed', 'a', at(tz, '2025-06-09 20:51')),
      ev('shown', 'a', at(tz, '2025-06-10 09:20')), ev('done', 'a', at(tz, '2025-06-10 09:25')),
    ];
    const chart = weekChart(log, NOW, tz);
    expect(chart[5]).toMatchObject({ date: '2025-06-09', total: 1, done: 1 });
    expect(chart[6]).toMatchObject({ date: '2025-06-10', total: 0, done: 0 });
  });

  it('sorts nudges into the person’s local days, not UTC days', () => {
    const sydney = 'Australia/Sydney';
    const now = at(sydney, '2025-06-10 12:00');
    const log = [ev('shown', 'a', at(sydney, '2025-06-10 07:00'))]; // still 9 June in UTC
    const chart = weekChart(log, now, sydney);
    expect(chart[6]).toMatchObject({ date: '2025-06-10', total: 1 });
  });

  it('spans a DST change without losing or doubling a day', () => {
    const now = at(tz, '2025-03-31 12:00');
    const log = [ev('shown', 'a', at(tz, '2025-03-30 10:00')), ev('shown', 'b', at(tz, '2025-03-29 10:00'))];
    const chart = weekChart(log, now, tz);
    expect(chart.map((d) => d.date)).toEqual(['2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-29', '2025-03-30', '2025-03-31']);
    expect(chart.map((d) => d.total)).toEqual([0, 0, 0, 0, 1, 1, 0]);
  });
});
