import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  editPerson,
  pausePerson,
  recordContact,
  removePerson,
  restorePerson,
  resumePerson,
  type PersonInput,
} from '../../src/people/index.ts';
import { CONTACTS_MAX, NAME_MAX, NOTE_MAX, PEOPLE_MAX } from '../../src/people/limits.ts';
import { parsePeople } from '../../src/people/parse.ts';
import { EMPTY_PEOPLE, type PeopleSlice, type Person } from '../../src/people/person.ts';
import { seeded } from '../../src/random.ts';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;
const sam: PersonInput = { name: 'Sam', rhythmDays: 7 };

/** Unwraps a successful edit, failing the test on a refusal. */
function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

function withPeople(...inputs: PersonInput[]): { slice: PeopleSlice; ids: string[] } {
  let slice: PeopleSlice = EMPTY_PEOPLE;
  const ids: string[] = [];
  const random = seeded(5);
  for (const [i, input] of inputs.entries()) {
    const r = ok(addPerson(slice, input, NOW + i, random));
    slice = r.slice;
    ids.push(r.id);
  }
  return { slice, ids };
}

const only = (slice: PeopleSlice): Person => slice.people[0]!;

/** Every result an edit returns is a slice the schema reads back unchanged. */
function expectStorable(slice: PeopleSlice) {
  expect(parsePeople(slice, NOW)).toEqual({ ok: true, value: slice, migrated: false });
}

describe('addPerson', () => {
  it('adds a trimmed person with an id from now and the random source, stamped now', () => {
    const r = ok(addPerson(EMPTY_PEOPLE, { name: '  Sam ', rhythmDays: 14, howToReach: ' voice note ', nextTime: '  ' }, NOW, () => 0.5));
    expect(r.id).toBe(`person-${NOW.toString(36)}-${Math.floor(0.5 * 36 ** 4).toString(36)}`);
    expect(only(r.slice)).toEqual({ id: r.id, name: 'Sam', rhythmDays: 14, howToReach: 'voice note', contacts: [], addedAt: NOW, updatedAt: NOW });
    expectStorable(r.slice);
  });

  it('never gives two people the same id, even with the same moment and draw', () => {
    let slice = EMPTY_PEOPLE;
    for (let i = 0; i < 5; i++) slice = ok(addPerson(slice, sam, NOW, () => 0)).slice;
    expect(new Set(slice.people.map((p) => p.id)).size).toBe(5);
    expectStorable(slice);
  });

  it('allows the same name twice', () => {
    const { slice } = withPeople(sam, { ...sam, nextTime: 'from work' });
    expect(slice.people.map((p) => p.name)).toEqual(['Sam', 'Sam']);
  });

  it('refuses bad fields with the form field and a code, changing nothing', () => {
    expect(addPerson(EMPTY_PEOPLE, { ...sam, name: '   ' }, NOW, seeded(1))).toEqual({ ok: false, code: 'empty', path: 'name' });
    expect(addPerson(EMPTY_PEOPLE, { ...sam, name: 'a'.repeat(NAME_MAX + 1) }, NOW, seeded(1))).toEqual({ ok: false, code: 'tooLong', path: 'name' });
    expect(addPerson(EMPTY_PEOPLE, { ...sam, rhythmDays: 2 }, NOW, seeded(1))).toEqual({ ok: false, code: 'outOfRange', path: 'rhythmDays' });
    expect(addPerson(EMPTY_PEOPLE, { ...sam, rhythmDays: 366 }, NOW, seeded(1))).toEqual({ ok: false, code: 'outOfRange', path: 'rhythmDays' });
    expect(addPerson(EMPTY_PEOPLE, { ...sam, howToReach: 'x'.repeat(NOTE_MAX + 1) }, NOW, seeded(1))).toEqual({ ok: false, code: 'tooLong', path: 'howToReach' });
    expect(addPerson(EMPTY_PEOPLE, { ...sam, nextTime: 'x'.repeat(NOTE_MAX + 1) }, NOW, seeded(1))).toEqual({ ok: false, code: 'tooLong', path: 'nextTime' });
  });

  it(`refuses the ${PEOPLE_MAX + 1}st person as tooMany`, () => {
    const { slice } = withPeople(...Array.from({ length: PEOPLE_MAX }, () => sam));
    expect(slice.people).toHaveLength(PEOPLE_MAX);
    expect(addPerson(slice, sam, NOW, seeded(1))).toEqual({ ok: false, code: 'tooMany', path: 'people' });
  });
});

describe('editPerson', () => {
  it('changes only what the patch holds, and stamps updatedAt', () => {
    const { slice, ids } = withPeople({ ...sam, howToReach: 'call', nextTime: 'job' });
    const r = ok(editPerson(slice, ids[0]!, { name: 'Samira', rhythmDays: 30 }, NOW + DAY));
    expect(only(r.slice)).toMatchObject({ name: 'Samira', rhythmDays: 30, howToReach: 'call', nextTime: 'job', updatedAt: NOW + DAY, addedAt: NOW });
  });

  it('an empty note clears it (the key is gone, not undefined)', () => {
    const { slice, ids } = withPeople({ ...sam, howToReach: 'call', nextTime: 'job' });
    const person = only(ok(editPerson(slice, ids[0]!, { nextTime: '', howToReach: '  ' }, NOW)).slice);
    expect('nextTime' in person || 'howToReach' in person).toBe(false);
  });

  it('refuses a bad field and an unknown id', () => {
    const { slice, ids } = withPeople(sam);
    expect(editPerson(slice, ids[0]!, { name: '\u200b' }, NOW)).toEqual({ ok: false, code: 'empty', path: 'name' });
    expect(editPerson(slice, 'nobody', { name: 'Ana' }, NOW)).toEqual({ ok: false, code: 'notFound', path: 'id' });
  });
});

describe('pause and resume', () => {
  it('pauses until a moment or until resumed, and resumes by hand', () => {
    const { slice, ids } = withPeople(sam);
    const id = ids[0]!;
    expect(only(ok(pausePerson(slice, id, NOW + 7 * DAY, NOW)).slice).pausedUntil).toBe(NOW + 7 * DAY);
    const held = ok(pausePerson(slice, id, 'resume', NOW)).slice;
    expect(only(held).pausedUntil).toBe('resume');
    expectStorable(held);
    const back = only(ok(resumePerson(held, id, NOW + DAY)).slice);
    expect('pausedUntil' in back).toBe(false);
    expect(back.updatedAt).toBe(NOW + DAY);
  });

  it('a pause that would already be over is outOfRange', () => {
    const { slice, ids } = withPeople(sam);
    expect(pausePerson(slice, ids[0]!, NOW, NOW)).toEqual({ ok: false, code: 'outOfRange', path: 'until' });
    expect(pausePerson(slice, ids[0]!, 1e17, NOW)).toEqual({ ok: false, code: 'outOfRange', path: 'until' });
    expect(pausePerson(slice, 'nobody', 'resume', NOW)).toEqual({ ok: false, code: 'notFound', path: 'id' });
  });

  it('resuming someone not paused changes nothing', () => {
    const { slice, ids } = withPeople(sam);
    expect(ok(resumePerson(slice, ids[0]!, NOW + DAY)).slice).toEqual(slice);
  });
});

describe('remove with undo', () => {
  it('hands back the removed person, and restore puts them back at their place', () => {
    const { slice, ids } = withPeople({ ...sam, name: 'Ana' }, { ...sam, name: 'Ben' }, { ...sam, name: 'Cleo' });
    const r = ok(removePerson(slice, ids[1]!));
    expect(r.slice.people.map((p) => p.name)).toEqual(['Ana', 'Cleo']);
    expect(r.removed).toEqual({ person: slice.people[1], index: 1 });
    expect(ok(restorePerson(r.slice, r.removed)).slice).toEqual(slice);
  });

  it('an undo sent twice is duplicateId; a shorter list puts them at the end', () => {
    const { slice, ids } = withPeople({ ...sam, name: 'Ana' }, { ...sam, name: 'Ben' });
    const r = ok(removePerson(slice, ids[1]!));
    const back = ok(restorePerson(r.slice, r.removed)).slice;
    expect(restorePerson(back, r.removed)).toEqual({ ok: false, code: 'duplicateId', path: 'id' });
    const emptied = ok(removePerson(r.slice, ids[0]!)).slice;
    expect(ok(restorePerson(emptied, r.removed)).slice.people.map((p) => p.name)).toEqual(['Ben']);
    expect(removePerson(emptied, ids[0]!)).toEqual({ ok: false, code: 'notFound', path: 'id' });
  });

  it('an undo that travelled as a message is checked like a stored person', () => {
    const { slice, ids } = withPeople(sam);
    const r = ok(removePerson(slice, ids[0]!));
    const forged = { ...r.removed, person: { ...r.removed.person, name: 'x'.repeat(NAME_MAX + 1) } };
    expect(restorePerson(r.slice, forged)).toEqual({ ok: false, code: 'tooLong', path: 'person.name' });
    expect(restorePerson(r.slice, { ...r.removed, index: 0.5 })).toEqual({ ok: false, code: 'outOfRange', path: 'index' });
  });

  it('an undo into a full list is tooMany', () => {
    const { slice, ids } = withPeople(...Array.from({ length: PEOPLE_MAX }, () => sam));
    const r = ok(removePerson(slice, ids[0]!));
    const refilled = ok(addPerson(r.slice, sam, NOW + DAY, seeded(9))).slice;
    expect(restorePerson(refilled, r.removed)).toEqual({ ok: false, code: 'tooMany', path: 'people' });
  });
});

describe('recordContact ("we talked")', () => {
  it('records the moment, and a note becomes the new "for next time"', () => {
    const { slice, ids } = withPeople({ ...sam, nextTime: 'ask about the job' });
    const r = ok(recordContact(slice, ids[0]!, { at: NOW + DAY, note: ' she got it! ask about the move ' }, NOW + DAY));
    expect(only(r.slice)).toMatchObject({
      contacts: [{ at: NOW + DAY, note: 'she got it! ask about the move' }],
      nextTime: 'she got it! ask about the move',
      updatedAt: NOW + DAY,
    });
    expectStorable(r.slice);
  });

  it('without a note, "for next time" stays as it was', () => {
    const { slice, ids } = withPeople({ ...sam, nextTime: 'ask about the job' });
    const person = only(ok(recordContact(slice, ids[0]!, { at: NOW + DAY, note: '  ' }, NOW + DAY)).slice);
    expect(person.nextTime).toBe('ask about the job');
    expect(person.contacts).toEqual([{ at: NOW + DAY }]);
  });

  it(`keeps the newest ${CONTACTS_MAX}, oldest first, whatever order they are marked in`, () => {
    let { slice } = withPeople(sam);
    const id = slice.people[0]!.id;
    const moments = Array.from({ length: 20 }, (_, i) => NOW + (i + 1) * DAY);
    const random = seeded(3);
    const shuffled = [...moments];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const at of shuffled) slice = ok(recordContact(slice, id, { at }, NOW + 30 * DAY)).slice;
    expect(only(slice).contacts.map((c) => c.at)).toEqual(moments.slice(-CONTACTS_MAX));
    expectStorable(slice);
  });

  it('marking an earlier, unanswered nudge afterwards records it at that moment, in its place', () => {
    const { slice, ids } = withPeople(sam);
    const id = ids[0]!;
    const later = ok(recordContact(slice, id, { at: NOW + 5 * DAY }, NOW + 5 * DAY)).slice;
    const earlier = ok(recordContact(later, id, { at: NOW + 2 * DAY }, NOW + 6 * DAY)).slice;
    expect(only(earlier).contacts.map((c) => c.at)).toEqual([NOW + 2 * DAY, NOW + 5 * DAY]);
  });

  it('the same moment twice records once (a retried command)', () => {
    const { slice, ids } = withPeople(sam);
    const once = ok(recordContact(slice, ids[0]!, { at: NOW + DAY }, NOW + DAY)).slice;
    const twice = ok(recordContact(once, ids[0]!, { at: NOW + DAY, note: 'hi' }, NOW + DAY)).slice;
    expect(only(twice).contacts).toEqual([{ at: NOW + DAY, note: 'hi' }]);
  });

  it('refuses a moment ahead of now, a bad moment, a long note and an unknown id', () => {
    const { slice, ids } = withPeople(sam);
    const id = ids[0]!;
    expect(recordContact(slice, id, { at: NOW + 1 }, NOW)).toEqual({ ok: false, code: 'outOfRange', path: 'at' });
    expect(recordContact(slice, id, { at: 5 }, NOW)).toEqual({ ok: false, code: 'outOfRange', path: 'at' });
    expect(recordContact(slice, id, { at: NOW, note: 'x'.repeat(NOTE_MAX + 1) }, NOW)).toEqual({ ok: false, code: 'tooLong', path: 'note' });
    expect(recordContact(slice, 'nobody', { at: NOW }, NOW)).toEqual({ ok: false, code: 'notFound', path: 'id' });
  });

  it('leaves a pause alone (it was chosen on purpose)', () => {
    const { slice, ids } = withPeople(sam);
    const paused = ok(pausePerson(slice, ids[0]!, 'resume', NOW)).slice;
    expect(only(ok(recordContact(paused, ids[0]!, { at: NOW }, NOW)).slice).pausedUntil).toBe('resume');
  });
});

describe('any sequence of transitions', () => {
  const op = fc.oneof(
    fc.record({ t: fc.constant('add' as const), name: fc.string({ unit: 'grapheme', maxLength: 45 }), rhythmDays: fc.integer({ min: 1, max: 400 }), note: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }) }),
    fc.record({ t: fc.constant('edit' as const), who: fc.nat(), name: fc.option(fc.string({ unit: 'grapheme', maxLength: 45 }), { nil: undefined }), nextTime: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) }),
    fc.record({ t: fc.constant('pause' as const), who: fc.nat(), days: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }) }),
    fc.record({ t: fc.constant('resume' as const), who: fc.nat() }),
    fc.record({ t: fc.constant('remove' as const), who: fc.nat(), undo: fc.boolean() }),
    fc.record({ t: fc.constant('talk' as const), who: fc.nat(), back: fc.integer({ min: 0, max: 20 }), note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }),
  );

  it('keeps the slice storable: the schema reads it back unchanged, ids unique, history bounded', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.integer(), (ops, seed) => {
        let slice: PeopleSlice = EMPTY_PEOPLE;
        const random = seeded(seed);
        for (const [i, o] of ops.entries()) {
          const now = NOW + i * DAY;
          const id = slice.people.length === 0 ? 'none' : slice.people[('who' in o ? o.who : 0) % slice.people.length]!.id;
          const note = o.t === 'add' || o.t === 'talk' ? (o.note === undefined ? {} : o.t === 'add' ? { nextTime: o.note } : { note: o.note }) : {};
          const r =
            o.t === 'add' ? addPerson(slice, { name: o.name, rhythmDays: o.rhythmDays, ...note }, now, random)
            : o.t === 'edit' ? editPerson(slice, id, { ...(o.name === undefined ? {} : { name: o.name }), ...(o.nextTime === undefined ? {} : { nextTime: o.nextTime }) }, now)
            : o.t === 'pause' ? pausePerson(slice, id, o.days === undefined ? 'resume' : now + o.days * DAY, now)
            : o.t === 'resume' ? resumePerson(slice, id, now)
            : o.t === 'talk' ? recordContact(slice, id, { at: now - o.back * DAY, ...note }, now)
            : (() => {
                const removed = removePerson(slice, id);
                return removed.ok && o.undo ? restorePerson(removed.slice, removed.removed) : removed;
              })();
          if (r.ok) slice = r.slice;
        }
        expectStorable(slice);
        expect(new Set(slice.people.map((p) => p.id)).size).toBe(slice.people.length);
        expect(slice.people.every((p) => p.contacts.length <= CONTACTS_MAX)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
