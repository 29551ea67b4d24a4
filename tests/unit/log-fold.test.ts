/**
 * The log's layout (src/log/fold.ts): the last days in `log`, older events in monthly
 * history, what the picker needs of them in the summary. Moving a stored year loses nothing
 * and can run twice; the picker, the popup's week and short log answer as they did over the
 * whole log; a year of default use stays far under 512 KB and a wake reads a few KB of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../src/log/append.ts';
import { fold, foldTouches, historyKey, historyKeys, needsFold, RECENT_DAYS, RECENT_KEEP_EVENTS, RECENT_MAX_EVENTS } from '../../src/log/fold.ts';
import { recentNudges } from '../../src/log/recent.ts';
import { parseLogSummary } from '../../src/log/parse.ts';
import { EMPTY_SUMMARY, foldedAnswers, type LogSummary } from '../../src/log/summary.ts';
import { EVENT_TYPES, type LogEvent } from '../../src/log/types.ts';
import type { Person } from '../../src/people/person.ts';
import { PEOPLE_MAX } from '../../src/people/limits.ts';
import { lastNamed } from '../../src/pick/person.ts';
import { weekChart } from '../../src/log/week-chart.ts';
import { affinities } from '../../src/pick/affinity.ts';
import { pickLine } from '../../src/pick/line.ts';
import { pick } from '../../src/pick/pick.ts';
import { seeded } from '../../src/random.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { storedBytes } from '../../src/state/backups.ts';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { fullYear, storedYear } from '../support/sim-history.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 9, 30);
const ZONE = 'Europe/Berlin';
/** People past their rhythm by different ratios, so folded namings decide whom a nudge names. */
const PEOPLE: Person[] = [['ana', 7, 20], ['ben', 30, 100], ['cleo', 90, 150]].map(([id, rhythmDays, daysAgo]) => ({
  id: String(id), name: String(id), rhythmDays: Number(rhythmDays), contacts: [{ at: NOW - Number(daysAgo) * DAY }], addedAt: NOW - 400 * DAY, updatedAt: NOW,
}));
const BASE = { strategies: CATALOG, settings: DEFAULT_SETTINGS, timeZone: ZONE, people: PEOPLE };

const byTime = (events: readonly LogEvent[]): LogEvent[] => [...events].sort((a, b) => a.at - b.at || a.type.localeCompare(b.type) || a.nudgeId.localeCompare(b.nudgeId));

/** Folds `log` at `now` against `stored` months, as the worker does (background/history.ts). */
function foldInto(stored: Map<string, LogEvent[]>, log: readonly LogEvent[], summary: LogSummary, now: number) {
  const read = Object.fromEntries(foldTouches(log, now).map((k) => [k, stored.get(k) ?? []]));
  const folded = fold(log, summary, read, now);
  for (const [k, events] of Object.entries(folded.history)) stored.set(k, events);
  for (const k of folded.remove) stored.delete(k);
  return folded;
}

describe('moving a stored year of the old layout', () => {
  const year = storedYear(NOW);

  it('loses nothing: every event is in the log or in the history of its month', () => {
    expect(needsFold(year, NOW)).toBe(true);
    const stored = new Map<string, LogEvent[]>();
    const folded = foldInto(stored, year, EMPTY_SUMMARY, NOW);
    expect(byTime([...folded.log, ...[...stored.values()].flat()])).toEqual(byTime(year));
    for (const [key, events] of stored) for (const e of events) expect(historyKey(e.at)).toBe(key);
    expect([...stored.keys()].every((k) => historyKeys(NOW).includes(k))).toBe(true);
    expect(folded.log.every((e) => e.at >= NOW - RECENT_DAYS * DAY)).toBe(true);
    expect(folded.log.length).toBeLessThan(year.length / 10);
    expect(parseLogSummary(JSON.parse(JSON.stringify(folded.summary)))).toEqual(folded.summary);
  });

  it('is idempotent: run again (or again after a stop half-way), it changes nothing', () => {
    const stored = new Map<string, LogEvent[]>();
    const once = foldInto(stored, year, EMPTY_SUMMARY, NOW);
    const history = new Map(stored);
    // Nothing more to move at the same moment.
    expect(needsFold(once.log, NOW)).toBe(false);
    const twice = foldInto(stored, once.log, once.summary, NOW);
    expect(twice.log).toEqual(once.log);
    expect(stored).toEqual(history);
    // The months written but the log not (a write that never happens, since both are one
    // storage call, but appending is idempotent all the same): no event twice.
    foldInto(stored, year, EMPTY_SUMMARY, NOW);
    expect(stored).toEqual(history);
  });
});

describe('the picker and the popup answer as over the whole log', () => {
  const year = storedYear(NOW);
  const folded = fold(year, EMPTY_SUMMARY, {}, NOW);

  it('the same affinity for every strategy (exponential decay folds exactly)', () => {
    for (const later of [0, HOUR, 30 * HOUR, 5 * DAY]) {
      const whole = affinities(year, NOW + later);
      const split = affinities(folded.log, NOW + later, foldedAnswers(folded.summary));
      expect([...split.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [id, a] of whole) expect(split.get(id)).toBeCloseTo(a, 12);
    }
  });

  it('the same picks, strategy, line and person, draw after draw', () => {
    for (let i = 0; i < 300; i++) {
      const now = NOW + (i % 40) * 3 * HOUR;
      const whole = pick({ ...BASE, log: year, now, random: seeded(i) });
      const split = pick({ ...BASE, log: folded.log, summary: folded.summary, now, random: seeded(i) });
      expect(split).toEqual(whole);
    }
  });

  it('the same line for a strategy last shown long ago', () => {
    const shown = year.filter((e) => e.type === 'shown' && e.line !== undefined && e.at < NOW - 20 * DAY);
    const ids = [...new Set(shown.map((e) => e.strategyId))].filter((id) => !folded.log.some((e) => e.strategyId === id));
    expect(ids.length).toBeGreaterThan(3);
    for (const [i, id] of ids.entries()) {
      const lines = CATALOG.find((s) => s.id === id)?.lines ?? 3;
      expect(pickLine(id, lines, folded.log, seeded(i), { summary: folded.summary, now: NOW })).toBe(pickLine(id, lines, year, seeded(i)));
    }
  });

  it('the same week chart and short log', () => {
    for (const later of [0, 6 * HOUR, 23 * HOUR]) {
      expect(weekChart(folded.log, NOW + later, ZONE)).toEqual(weekChart(year, NOW + later, ZONE));
      expect(recentNudges(folded.log, NOW + later)).toEqual(recentNudges(year, NOW + later));
    }
  });
});

const eventArb = (from: number, to: number) =>
  fc.record({
    at: fc.integer({ min: from, max: to }),
    type: fc.constantFrom(...EVENT_TYPES),
    nudgeId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    strategyId: fc.constantFrom(...CATALOG.slice(0, 12).map((s) => s.id)),
    kind: fc.constantFrom(...KINDS),
    line: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    personId: fc.option(fc.constantFrom('ana', 'ben', 'cleo'), { nil: undefined }),
  }).map(({ line, personId, ...e }): LogEvent => ({ ...e, ...(line === undefined ? {} : { line }), ...(personId === undefined ? {} : { personId }) }));

describe('any log, folded at any moments', () => {
  it('the picker draws what it would from the whole log', () => {
    fc.assert(
      fc.property(
        // Distinct events: one at the same moment, of the same type, for the same nudge is that event again.
        fc.uniqueArray(eventArb(NOW - 170 * DAY, NOW), { maxLength: 300, selector: (e) => `${String(e.at)}|${e.type}|${e.nudgeId}` }),
        fc.array(fc.integer({ min: 0, max: 160 * DAY }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.integer(),
        (raw, foldOffsets, after, seed) => {
          const log = [...raw].sort((a, b) => a.at - b.at);
          // The worker folds on its wakes as time goes by: several times, each over the log as it then was.
          let kept: readonly LogEvent[] = log;
          let summary = EMPTY_SUMMARY;
          const stored = new Map<string, LogEvent[]>();
          const moments = [...foldOffsets].sort((a, b) => a - b).map((o) => NOW - 160 * DAY + o);
          for (const at of moments) {
            const folded = foldInto(stored, kept.filter((e) => e.at <= at), summary, at);
            kept = [...folded.log, ...kept.filter((e) => e.at > at)];
            summary = folded.summary;
          }
          const now = NOW + after;
          expect(pick({ ...BASE, log: kept, summary, now, random: seeded(seed) })).toEqual(pick({ ...BASE, log, now, random: seeded(seed) }));
          expect(byTime([...kept, ...[...stored.values()].flat()])).toEqual(byTime(log));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('whom nudges named', () => {
  const shown = (at: number, personId: string): LogEvent => ({ at, type: 'shown', nudgeId: `${personId}@${String(at)}`, strategyId: 'connect-call', kind: 'connect', line: 0, personId });

  it('is kept however old (a 90-day rhythm looks back months), the latest naming per person', () => {
    const log = [shown(NOW - 200 * DAY, 'cleo'), shown(NOW - 120 * DAY, 'cleo'), shown(NOW - 100 * DAY, 'ben'), shown(NOW - 2 * DAY, 'ana')];
    const folded = fold(log, EMPTY_SUMMARY, {}, NOW);
    expect(folded.log.map((e) => e.personId)).toEqual(['ana']);
    expect(folded.summary.named).toEqual([['ben', NOW - 100 * DAY], ['cleo', NOW - 120 * DAY]]);
    expect(lastNamed(folded.log, folded.summary)).toEqual(lastNamed(log, undefined));
  });

  it(`is bounded by the People list's size (${String(PEOPLE_MAX)}), the most recent kept`, () => {
    const log = Array.from({ length: PEOPLE_MAX + 20 }, (_, i) => shown(NOW - 300 * DAY + i * HOUR, `p${String(i)}`));
    const { summary } = fold(log, EMPTY_SUMMARY, {}, NOW);
    expect(summary.named).toHaveLength(PEOPLE_MAX);
    expect(summary.named[0]).toEqual([`p${String(PEOPLE_MAX + 19)}`, NOW - 300 * DAY + (PEOPLE_MAX + 19) * HOUR]);
  });

  it('a summary stored before it kept namings reads as nobody named', () => {
    expect(parseLogSummary({ at: null, answers: [], lines: [], lastShown: null })?.named).toEqual([]);
    expect(parseLogSummary({ at: null, answers: [], lines: [], lastShown: null, named: [['ana', 'soon']] })).toBeUndefined();
  });
});

describe('bounds', () => {
  it('a log swollen by many asked-for nudges folds down to RECENT_KEEP_EVENTS, the rest kept in history', () => {
    let log: LogEvent[] = [];
    for (let i = 0; i <= RECENT_MAX_EVENTS; i++) {
      log = appendEvent(log, { at: NOW - HOUR + i * 1000, type: 'passed', nudgeId: `n${i}`, strategyId: 'x', kind: 'calm' }, NOW);
    }
    expect(needsFold(log, NOW)).toBe(true);
    const stored = new Map<string, LogEvent[]>();
    const folded = foldInto(stored, log, EMPTY_SUMMARY, NOW);
    expect(folded.log).toHaveLength(RECENT_KEEP_EVENTS);
    expect(stored.get(historyKey(NOW))).toHaveLength(log.length - RECENT_KEEP_EVENTS);
  });

  it('a year of default use: under 512 KB stored, and a wake reads under 24 KB of it every day', () => {
    const year = fullYear(NOW);
    expect(year.length).toBeGreaterThan(2500);
    const stored = new Map<string, LogEvent[]>();
    let log: LogEvent[] = [];
    let summary = EMPTY_SUMMARY;
    let i = 0;
    let largestWake = 0;
    for (let day = NOW - 366 * DAY; day <= NOW; day += DAY) {
      for (; i < year.length && (year[i]?.at ?? Infinity) < day; i++) log = appendEvent(log, year[i] as LogEvent, day);
      if (needsFold(log, day)) ({ log, summary } = foldInto(stored, log, summary, day));
      largestWake = Math.max(largestWake, storedBytes('log', log) + storedBytes('logSummary', summary));
    }
    const history = [...stored].reduce((sum, [k, events]) => sum + storedBytes(k, events), 0);
    const total = history + storedBytes('log', log) + storedBytes('logSummary', summary) + storedBytes('settings', DEFAULT_SETTINGS);
    expect(total).toBeLessThan(512 * 1024);
    expect(largestWake).toBeLessThan(24 * 1024);
    // Six months and more are kept, as the old log kept 180 days.
    const oldest = Math.min(...[...stored.values()].flat().map((e) => e.at));
    expect(oldest).toBeLessThan(NOW - 180 * DAY);
  });
});
