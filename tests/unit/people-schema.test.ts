import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEOPLE_CODES } from '../../src/people/codes.ts';
import { CONTACTS_MAX, NAME_MAX, NOTE_MAX, PEOPLE_MAX, graphemeCount } from '../../src/people/limits.ts';
import { MIGRATIONS } from '../../src/people/migrations.ts';
import { parsePeople } from '../../src/people/parse.ts';
import { EMPTY_PEOPLE, PEOPLE_VERSION } from '../../src/people/person.ts';
import { MAX_MOMENT, MIN_MOMENT } from '../../src/people/schema.ts';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;

/** A stored person as JSON would hold it, with `over` on top. */
const raw = (over: Record<string, unknown> = {}, i = 0): Record<string, unknown> => ({
  id: `p${i}`, name: `Sam ${i}`, rhythmDays: 7, contacts: [], addedAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY, ...over,
});
const slice = (...people: unknown[]) => ({ version: 1, people });
const refusal = (input: unknown) => {
  const r = parsePeople(input, NOW);
  return r.ok ? r : { path: r.path, code: r.code };
};

describe('parsePeople: what a good slice reads as', () => {
  it('reads the empty slice and a full person unchanged, not migrated', () => {
    expect(parsePeople(EMPTY_PEOPLE, NOW)).toEqual({ ok: true, value: EMPTY_PEOPLE, migrated: false });
    const full = raw({ howToReach: 'call after 6', nextTime: 'ask about the new job', pausedUntil: 'resume', contacts: [{ at: NOW - DAY, note: 'the job' }] });
    const r = parsePeople(slice(full), NOW);
    expect(r).toEqual({ ok: true, value: slice(full), migrated: false });
  });

  it('trims names and notes, drops blank notes, sorts contacts oldest first', () => {
    const r = parsePeople(slice(raw({ name: '  Ana  ', howToReach: '   ', nextTime: ' hi ', contacts: [{ at: NOW - DAY }, { at: NOW - 3 * DAY, note: ' ' }] })), NOW);
    expect(r.ok && r.value.people[0]).toEqual({
      id: 'p0', name: 'Ana', rhythmDays: 7, nextTime: 'hi', contacts: [{ at: NOW - 3 * DAY }, { at: NOW - DAY }],
      addedAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY,
    });
  });

  it('allows two people with the same name (told apart by their notes)', () => {
    const r = parsePeople(slice(raw({ name: 'Sam', nextTime: 'work' }, 1), raw({ name: 'Sam', nextTime: 'school' }, 2)), NOW);
    expect(r.ok).toBe(true);
  });

  it('reads names in any script, emoji included, and keeps them as they are', () => {
    for (const name of ['سارة', 'שרה', '山田 花子', 'Zoë', '👩‍👩‍👧 family', '<b>Bo</b>']) {
      const r = parsePeople(slice(raw({ name })), NOW);
      expect(r.ok && r.value.people[0]?.name).toBe(name);
    }
  });

  it('drops unknown keys, so nothing but the schema reaches storage', () => {
    const r = parsePeople({ version: 1, people: [{ ...raw(), extra: 1 }], extra: true }, NOW);
    expect(r.ok && r.value).toEqual(slice(raw()));
  });
});

describe('parsePeople: refusals name the field and a code, no prose', () => {
  const at = (n: number) => ({ path: `people[${n}].name` });

  it('an empty, whitespace-only or invisible-only name is empty', () => {
    for (const name of ['', '   ', '\t\n', '\u3000', '\u200b', '\u200d\u200e']) {
      expect(refusal(slice(raw(), raw({ name }, 1)))).toEqual({ ...at(1), code: 'empty' });
    }
  });

  it(`a name of ${NAME_MAX} characters reads, ${NAME_MAX + 1} is tooLong`, () => {
    expect(parsePeople(slice(raw({ name: 'a'.repeat(NAME_MAX) })), NOW).ok).toBe(true);
    expect(refusal(slice(raw({ name: 'a'.repeat(NAME_MAX + 1) })))).toEqual({ ...at(0), code: 'tooLong' });
    // Spaces around do not count: the name is trimmed first.
    expect(parsePeople(slice(raw({ name: ` ${'a'.repeat(NAME_MAX)} ` })), NOW).ok).toBe(true);
  });

  it('counts emoji and combined letters as the one character a person sees', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units
    expect(graphemeCount(family)).toBe(1);
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('🇩🇪🇫🇷')).toBe(2);
    const thirty = '😀'.repeat(30) + '🇩🇪'.repeat(10); // 40 characters, 100 units
    expect(parsePeople(slice(raw({ name: thirty })), NOW).ok).toBe(true);
    expect(refusal(slice(raw({ name: `${thirty}😀` })))).toEqual({ ...at(0), code: 'tooLong' });
  });

  it('refuses a name that is short to the eye but huge in storage (stacked marks)', () => {
    const zalgo = `a${'\u0301'.repeat(500)}`;
    expect(graphemeCount(zalgo)).toBe(1);
    expect(refusal(slice(raw({ name: zalgo })))).toEqual({ ...at(0), code: 'tooLong' });
  });

  it(`notes hold ${NOTE_MAX} characters; ${NOTE_MAX + 1} is tooLong, wherever the note is`, () => {
    const ok = 'x'.repeat(NOTE_MAX);
    const long = 'x'.repeat(NOTE_MAX + 1);
    expect(parsePeople(slice(raw({ howToReach: ok, nextTime: ok, contacts: [{ at: NOW, note: ok }] })), NOW).ok).toBe(true);
    expect(refusal(slice(raw({ howToReach: long })))).toEqual({ path: 'people[0].howToReach', code: 'tooLong' });
    expect(refusal(slice(raw({ nextTime: long })))).toEqual({ path: 'people[0].nextTime', code: 'tooLong' });
    expect(refusal(slice(raw({ contacts: [{ at: NOW }, { at: NOW, note: long }] })))).toEqual({ path: 'people[0].contacts[1].note', code: 'tooLong' });
  });

  it(`holds ${PEOPLE_MAX} people; the ${PEOPLE_MAX + 1}st is tooMany`, () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => raw({}, i));
    expect(parsePeople(slice(...people(PEOPLE_MAX)), NOW).ok).toBe(true);
    expect(refusal(slice(...people(PEOPLE_MAX + 1)))).toEqual({ path: 'people', code: 'tooMany' });
  });

  it(`a stored history longer than ${CONTACTS_MAX} contacts is tooMany`, () => {
    const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ at: NOW - i * DAY }));
    expect(parsePeople(slice(raw({ contacts: contacts(CONTACTS_MAX) })), NOW).ok).toBe(true);
    expect(refusal(slice(raw({ contacts: contacts(CONTACTS_MAX + 1) })))).toEqual({ path: 'people[0].contacts', code: 'tooMany' });
  });

  it('rhythms run from 3 to 365 whole days', () => {
    for (const rhythmDays of [3, 7, 14, 30, 90, 365]) expect(parsePeople(slice(raw({ rhythmDays })), NOW).ok).toBe(true);
    for (const rhythmDays of [2, 366, 0, -7, 7.5, Infinity]) {
      expect(refusal(slice(raw({ rhythmDays })))).toEqual({ path: 'people[0].rhythmDays', code: 'outOfRange' });
    }
    for (const rhythmDays of ['7', null, NaN, [7]]) {
      expect(refusal(slice(raw({ rhythmDays })))).toEqual({ path: 'people[0].rhythmDays', code: 'wrongType' });
    }
  });

  it('moments are whole ms between 2000 and 2200', () => {
    expect(parsePeople(slice(raw({ addedAt: MIN_MOMENT, updatedAt: MAX_MOMENT })), NOW).ok).toBe(true);
    for (const addedAt of [MIN_MOMENT - 1, MAX_MOMENT + 1, 1e16, NOW + 0.5]) {
      expect(refusal(slice(raw({ addedAt })))).toEqual({ path: 'people[0].addedAt', code: 'outOfRange' });
    }
    expect(refusal(slice(raw({ contacts: [{ at: '2026-01-01' }] })))).toEqual({ path: 'people[0].contacts[0].at', code: 'wrongType' });
  });

  it('a pause is "resume" or a moment; anything else is refused', () => {
    expect(parsePeople(slice(raw({ pausedUntil: NOW + DAY })), NOW).ok).toBe(true);
    expect(refusal(slice(raw({ pausedUntil: 'later' })))).toEqual({ path: 'people[0].pausedUntil', code: 'wrongType' });
    expect(refusal(slice(raw({ pausedUntil: null })))).toEqual({ path: 'people[0].pausedUntil', code: 'wrongType' });
    expect(refusal(slice(raw({ pausedUntil: MAX_MOMENT + 1 })))).toEqual({ path: 'people[0].pausedUntil', code: 'outOfRange' });
  });

  it('two people with the same id are refused at the second', () => {
    expect(refusal(slice(raw({}, 1), raw({}, 2), raw({ name: 'Other' }, 1)))).toEqual({ path: 'people[2].id', code: 'duplicateId' });
  });

  it('ids are 1–64 letters, digits, "-" or "_"', () => {
    for (const id of ['', 'a b', 'x'.repeat(65), '<script>', '__proto__.x']) {
      expect(refusal(slice(raw({ id })))).toEqual({ path: 'people[0].id', code: 'badId' });
    }
    expect(refusal(slice(raw({ id: 7 })))).toEqual({ path: 'people[0].id', code: 'wrongType' });
  });

  it('a missing field is missing, at its own path', () => {
    const noName = raw();
    delete noName['name'];
    expect(refusal(slice(noName))).toEqual({ path: 'people[0].name', code: 'missing' });
    expect(refusal({ version: 1 })).toEqual({ path: 'people', code: 'missing' });
    expect(refusal({ people: [] })).toEqual({ path: 'version', code: 'missing' });
  });

  it('wrong shapes are wrongType, at the level they are wrong', () => {
    expect(refusal(null)).toEqual({ path: '', code: 'wrongType' });
    expect(refusal('people')).toEqual({ path: '', code: 'wrongType' });
    expect(refusal(42)).toEqual({ path: '', code: 'wrongType' });
    expect(refusal({ version: 1, people: {} })).toEqual({ path: 'people', code: 'wrongType' });
    expect(refusal(slice('Sam'))).toEqual({ path: 'people[0]', code: 'wrongType' });
    expect(refusal(slice(raw({ contacts: {} })))).toEqual({ path: 'people[0].contacts', code: 'wrongType' });
    expect(refusal(slice(raw({ contacts: [7] })))).toEqual({ path: 'people[0].contacts[0]', code: 'wrongType' });
    expect(refusal(slice(raw({ name: ['Sam'] })))).toEqual({ path: 'people[0].name', code: 'wrongType' });
  });

  it('versions: a newer Tend is newerVersion; nonsense versions are refused', () => {
    expect(refusal({ version: PEOPLE_VERSION + 1, people: [] })).toEqual({ path: 'version', code: 'newerVersion' });
    expect(refusal({ version: '1', people: [] })).toEqual({ path: 'version', code: 'wrongType' });
    for (const version of [0, -1, 1.5]) expect(refusal({ version, people: [] })).toEqual({ path: 'version', code: 'outOfRange' });
  });

  it('__proto__ and constructor keys from a hostile file neither pollute nor pass', () => {
    const hostile = JSON.parse(
      `{"version":1,"__proto__":{"polluted":1},"people":[{"__proto__":{"name":"Eve"},"id":"p0","rhythmDays":7,"contacts":[],"addedAt":${NOW},"updatedAt":${NOW}}]}`,
    ) as unknown;
    expect(refusal(hostile)).toEqual({ path: 'people[0].name', code: 'missing' });
    const withName = JSON.parse(
      `{"version":1,"people":[{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"id":"p0","name":"Eve","rhythmDays":7,"contacts":[],"addedAt":${NOW},"updatedAt":${NOW}}]}`,
    ) as unknown;
    const r = parsePeople(withName, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const person = r.value.people[0]!;
      expect(Object.keys(person).sort()).toEqual(['addedAt', 'contacts', 'id', 'name', 'rhythmDays', 'updatedAt']);
      expect(Object.getPrototypeOf(person)).toBe(Object.prototype);
      expect((person as unknown as Record<string, unknown>)['isAdmin']).toBeUndefined();
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('never throws, and every refusal carries a known code and a path (any JSON at all)', () => {
    const codes = new Set<string>(PEOPLE_CODES);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ version: fc.constant(1), people: fc.array(fc.jsonValue()) })), (input) => {
        const r = parsePeople(input, NOW);
        if (!r.ok) {
          expect(codes.has(r.code)).toBe(true);
          expect(typeof r.path).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('migration', () => {
  it('keeps the mechanism: one step per version before this one', () => {
    expect(MIGRATIONS).toHaveLength(PEOPLE_VERSION);
  });

  it('v0, the bare array the picker used, becomes a v1 slice, marked migrated', () => {
    const old = [
      { id: 'p1', name: 'Ana', everyDays: 7, lastContactAt: NOW - 10 * DAY },
      { id: 'p2', name: 'Ben', everyDays: 30, lastContactAt: null },
    ];
    expect(parsePeople(old, NOW)).toEqual({
      ok: true,
      migrated: true,
      value: {
        version: 1,
        people: [
          { id: 'p1', name: 'Ana', rhythmDays: 7, contacts: [{ at: NOW - 10 * DAY }], addedAt: NOW, updatedAt: NOW },
          { id: 'p2', name: 'Ben', rhythmDays: 30, contacts: [], addedAt: NOW, updatedAt: NOW },
        ],
      },
    });
  });

  it('a broken v0 entry is still reported, with its path, after migration', () => {
    expect(refusal([{ id: 'p1', name: 'Ana', everyDays: 2, lastContactAt: null }])).toEqual({ path: 'people[0].rhythmDays', code: 'outOfRange' });
    expect(refusal([{ id: 'p1', name: 'Ana', lastContactAt: null }])).toEqual({ path: 'people[0].rhythmDays', code: 'missing' });
    expect(refusal(['Ana'])).toEqual({ path: 'people[0]', code: 'wrongType' });
  });

  it('a migrated slice reads again as itself (idempotent)', () => {
    const once = parsePeople([{ id: 'p1', name: 'Ana', everyDays: 14, lastContactAt: NOW - DAY }], NOW);
    expect(once.ok).toBe(true);
    if (once.ok) expect(parsePeople(once.value, NOW + DAY)).toEqual({ ok: true, value: once.value, migrated: false });
  });
});
