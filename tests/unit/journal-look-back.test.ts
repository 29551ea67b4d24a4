/**
 * Looking back (issue 12): the last week's entries, families over four weeks and the words
 * used most, counted in the person's local days, across a DST change.
 */
import { describe, expect, it } from 'vitest';
import { familiesOverWeeks, lastWeek, wordsUsedMost } from '../../src/journal/look-back.ts';
import type { Entry } from '../../src/journal/schema.ts';
import { at, DAY, HOUR } from '../support/sim-clock.ts';

const tz = 'Europe/Berlin';
// Berlin springs forward on Sunday 2025-03-30 at 02:00: that day has 23 hours.
const NOW = at(tz, '2025-04-02 12:00');
let n = 0;
const entry = (local: string, words: Entry['words'], zone = tz): Entry => {
  const ms = at(zone, local);
  return { id: `e${n++}`, at: ms, words, updatedAt: ms };
};
const zero = { 'pleasant-high': 0, 'pleasant-low': 0, 'unpleasant-high': 0, 'unpleasant-low': 0 };

describe('journal look-back: the last week', () => {
  const before = entry('2025-03-26 23:30', ['calm']); // seven local days back: outside
  const first = entry('2025-03-27 00:30', ['tired']); // six days back, just after midnight: inside
  const dst = entry('2025-03-30 03:30', ['anxious']); // just after the clocks went forward
  const morning = entry('2025-04-02 08:00', ['tired', 'flat']);
  const evening = entry('2025-04-02 11:59', ['hopeful']);
  const all = [before, first, dst, morning, evening];

  it('holds the entries of today and the six local days before, newest first', () => {
    expect(lastWeek(all, NOW, tz).map((e) => e.id)).toEqual([evening.id, morning.id, dst.id, first.id]);
  });

  it('counts calendar days, not 168 hours: across the DST change a naive window would take the 26th', () => {
    expect(NOW - 7 * DAY).toBeLessThan(before.at);
    expect(lastWeek([before], NOW, tz)).toEqual([]);
  });

  it('keeps several entries of one day, and leaves the input as it was', () => {
    const input = [evening, morning];
    expect(lastWeek(input, NOW, tz).map((e) => e.id)).toEqual([evening.id, morning.id]);
    expect(lastWeek([...input].reverse(), NOW, tz).map((e) => e.id)).toEqual([evening.id, morning.id]);
    expect(input.map((e) => e.id)).toEqual([evening.id, morning.id]);
  });

  it('is an empty list for an empty week, never an error or a count of missed days', () => {
    expect(lastWeek([], NOW, tz)).toEqual([]);
    expect(lastWeek([entry('2025-02-01 10:00', ['calm'])], NOW, tz)).toEqual([]);
  });

  it('reads days in the zone it is given', () => {
    const tokyo = entry('2025-03-27 00:30', ['tired'], 'Asia/Tokyo'); // 26 March, 16:30 in Berlin
    expect(lastWeek([tokyo], NOW, 'Asia/Tokyo')).toHaveLength(1);
    expect(lastWeek([tokyo], NOW, tz)).toEqual([]);
  });
});

describe('journal look-back: families over weeks', () => {
  it('gives four runs of seven local days ending today, oldest first, across the DST change', () => {
    const weeks = familiesOverWeeks([], NOW, tz);
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ['2025-03-06', '2025-03-12'],
      ['2025-03-13', '2025-03-19'],
      ['2025-03-20', '2025-03-26'],
      ['2025-03-27', '2025-04-02'],
    ]);
    for (const w of weeks) expect(w).toMatchObject({ families: zero, entries: 0 });
  });

  it('files each entry in the week of its local day, and counts it once per family it touched', () => {
    const entries = [
      entry('2025-03-26 23:30', ['calm', 'relaxed']), // week 3, one pleasant-low entry
      entry('2025-03-27 00:30', ['tired', 'flat', 'lonely']), // week 4, one unpleasant-low
      entry('2025-03-30 03:30', ['anxious', 'tired']), // week 4, mixed
      entry('2025-03-06 00:10', ['proud']), // first day of week 1
      entry('2025-03-05 23:50', ['proud']), // before the chart
      entry('2025-04-02 11:00', ['hopeful']),
    ];
    const weeks = familiesOverWeeks(entries, NOW, tz);
    expect(weeks.map((w) => w.entries)).toEqual([1, 0, 1, 3]);
    expect(weeks[0]?.families).toEqual({ ...zero, 'pleasant-high': 1 });
    expect(weeks[2]?.families).toEqual({ ...zero, 'pleasant-low': 1 });
    expect(weeks[3]?.families).toEqual({ ...zero, 'pleasant-high': 1, 'unpleasant-high': 1, 'unpleasant-low': 2 });
  });

  it('the last week is exactly lastWeek', () => {
    const entries = [entry('2025-03-26 23:30', ['calm']), entry('2025-03-27 00:30', ['tired']), entry('2025-03-30 02:30', ['anxious'])];
    expect(familiesOverWeeks(entries, NOW, tz).at(-1)?.entries).toBe(lastWeek(entries, NOW, tz).length);
  });

  it('takes another number of weeks, within 1 to 52', () => {
    expect(familiesOverWeeks([], NOW, tz, 1)).toHaveLength(1);
    expect(familiesOverWeeks([], NOW, tz, 8)).toHaveLength(8);
    expect(familiesOverWeeks([], NOW, tz, 0)).toHaveLength(1);
    expect(familiesOverWeeks([], NOW, tz, NaN)).toHaveLength(1);
    expect(familiesOverWeeks([], NOW, tz, 500)).toHaveLength(52);
  });
});

describe('journal look-back: words used most', () => {
  const entries = [
    entry('2025-04-02 08:00', ['tired', 'anxious']),
    entry('2025-04-01 20:00', ['tired']),
    entry('2025-03-31 20:00', ['calm', 'anxious']),
    entry('2025-03-20 20:00', ['tired', 'lonely']),
    entry('2025-02-01 20:00', ['lonely', 'flat']), // older than four weeks
  ];

  it('counts the last four weeks, most used first, ties in vocabulary order', () => {
    expect(wordsUsedMost(entries, NOW, 3)).toEqual([
      { id: 'tired', count: 3 },
      { id: 'anxious', count: 2 },
      { id: 'calm', count: 1 },
    ]);
    expect(wordsUsedMost(entries, NOW, 10).map((w) => w.id)).toEqual(['tired', 'anxious', 'calm', 'lonely']);
  });

  it('looks back as far as it is asked, and says nothing for an empty month', () => {
    expect(wordsUsedMost(entries, NOW, 10, 90).find((w) => w.id === 'lonely')).toEqual({ id: 'lonely', count: 2 });
    expect(wordsUsedMost([], NOW, 5)).toEqual([]);
    expect(wordsUsedMost(entries, NOW, 0)).toEqual([]);
    expect(wordsUsedMost(entries, NOW + 60 * DAY + HOUR, 5)).toEqual([]);
  });
});
