import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RHYTHM_PRESETS, presetOf } from '../../src/people/limits.ts';
import type { Person } from '../../src/people/person.ts';
import { personWords, rhythmWords, sinceWords, standingOf } from '../../src/people/words.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 10, 12); // a Wednesday, noon UTC
const UTC = 'UTC';

describe('sinceWords: "last in touch 3 weeks ago"', () => {
  it('says days under a week, weeks under 30 days, months under a year, then years', () => {
    const at = (days: number) => sinceWords(NOW - days * DAY, NOW, UTC);
    expect(at(0)).toEqual({ unit: 'day', count: 0 });
    expect(at(1)).toEqual({ unit: 'day', count: 1 });
    expect(at(6)).toEqual({ unit: 'day', count: 6 });
    expect(at(7)).toEqual({ unit: 'week', count: 1 });
    expect(at(21)).toEqual({ unit: 'week', count: 3 });
    expect(at(27)).toEqual({ unit: 'week', count: 3 });
    expect(at(29)).toEqual({ unit: 'week', count: 4 });
    expect(at(30)).toEqual({ unit: 'month', count: 1 });
    expect(at(61)).toEqual({ unit: 'month', count: 2 });
    expect(at(364)).toEqual({ unit: 'month', count: 11 });
    expect(at(365)).toEqual({ unit: 'year', count: 1 });
    expect(at(800)).toEqual({ unit: 'year', count: 2 });
  });

  it('counts calendar days in the person\'s zone: late last night is "yesterday" this morning', () => {
    const tokyoMorning = Date.UTC(2026, 5, 10, 0); // 09:00 in Tokyo
    const lastNight = tokyoMorning - 10 * HOUR; // 23:00 the day before in Tokyo
    expect(sinceWords(lastNight, tokyoMorning, 'Asia/Tokyo')).toEqual({ unit: 'day', count: 1 });
    // In New York the same two moments fall on one day (10:00 and 20:00 on 9 June).
    expect(sinceWords(lastNight, tokyoMorning, 'America/New_York')).toEqual({ unit: 'day', count: 0 });
  });

  it('reads a moment ahead of now as today', () => {
    expect(sinceWords(NOW + 3 * DAY, NOW, UTC)).toEqual({ unit: 'day', count: 0 });
  });

  it('always gives a whole count ≥ 0, and ≥ 1 for weeks, months and years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 * 365 * DAY }), fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Kiritimati', 'America/St_Johns'), (ago, zone) => {
        const since = sinceWords(NOW - ago, NOW, zone);
        expect(Number.isInteger(since.count)).toBe(true);
        expect(since.count).toBeGreaterThanOrEqual(since.unit === 'day' ? 0 : 1);
      }),
    );
  });
});

describe('rhythmWords and presets', () => {
  it('names presets by id, and any other rhythm as "every N days"', () => {
    expect(RHYTHM_PRESETS.map((p) => [p.id, p.days])).toEqual([['everyWeek', 7], ['everyTwoWeeks', 14], ['everyMonth', 30], ['everyFewMonths', 90]]);
    expect(rhythmWords(14)).toEqual({ kind: 'preset', preset: 'everyTwoWeeks' });
    expect(rhythmWords(21)).toEqual({ kind: 'days', count: 21 });
    expect(presetOf(90)).toBe('everyFewMonths');
    expect(presetOf(60)).toBeNull();
  });
});

describe('standingOf and personWords', () => {
  const base: Person = { id: 'sam', name: 'Sam', rhythmDays: 7, contacts: [], addedAt: NOW - 60 * DAY, updatedAt: NOW };

  it('is paused, just in touch, in rhythm, or would welcome a hello', () => {
    expect(standingOf({ ...base, pausedUntil: 'resume' }, NOW)).toBe('paused');
    expect(standingOf({ ...base, contacts: [{ at: NOW - DAY }] }, NOW)).toBe('justInTouch');
    expect(standingOf({ ...base, contacts: [{ at: NOW - 4 * DAY }] }, NOW)).toBe('inRhythm');
    expect(standingOf({ ...base, contacts: [{ at: NOW - 7 * DAY }] }, NOW)).toBe('wouldWelcomeHello');
    expect(standingOf({ ...base, addedAt: NOW - 3 * DAY }, NOW)).toBe('inRhythm');
  });

  it('gives one list line everything it says, as data', () => {
    expect(personWords({ ...base, contacts: [{ at: NOW - 21 * DAY }] }, NOW, UTC)).toEqual({
      standing: 'wouldWelcomeHello',
      since: { unit: 'week', count: 3 },
      rhythm: { kind: 'preset', preset: 'everyWeek' },
    });
  });
});

describe('warm, never guilt', () => {
  it('no file of the people core says "overdue", "neglected" or "missed", not even in a name', () => {
    const dir = new URL('../../src/people/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/overdue|neglect|missed/i);
    }
  });
});
