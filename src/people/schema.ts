/**
 * The stored people slice and the fields a person fills in, as valibot schemas. Every
 * refusal's message is a code (./codes.ts), never prose, so the edit transitions, the
 * storage read and the import all report the same code for the same input.
 */
import * as v from 'valibot';
import { CONTACTS_MAX, NAME_MAX, NOTE_MAX, PEOPLE_MAX, RHYTHM_DAYS, fitsLength, isBlank } from './limits.ts';
import type { Contact, Person, PeopleSlice } from './person.ts';
import { MAX_INSTANT, MIN_INSTANT } from '../time/instant.ts';

/**
 * Moments share Tend's one bound (src/time/instant.ts: 2000-01-01 to 2200-01-01 UTC), so
 * nothing stored can hold a time `Date` cannot format. Unlike a planned wake, a person's
 * moments are always whole ms (they come from a clock or a chosen date), so fractions,
 * which the shared schema allows, are refused here; and a refusal is a code, not its English.
 */
export const MIN_MOMENT = MIN_INSTANT;
export const MAX_MOMENT = MAX_INSTANT;

export const MomentSchema = v.pipe(
  v.number('wrongType'),
  v.integer('outOfRange'),
  v.minValue(MIN_MOMENT, 'outOfRange'),
  v.maxValue(MAX_MOMENT, 'outOfRange'),
);

/** Tend writes `person-<time>-<random>` (base 36); imports may carry any id of this shape. */
export const IdSchema = v.pipe(v.string('wrongType'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'badId'));

/** Trimmed; empty, whitespace-only or invisible-only is `empty`; over NAME_MAX is `tooLong`. */
export const NameSchema = v.pipe(
  v.string('wrongType'),
  v.trim(),
  v.check((s) => !isBlank(s), 'empty'),
  v.check((s) => fitsLength(s, NAME_MAX), 'tooLong'),
);

/** Trimmed; may be empty (an empty note is the same as none and is not stored). */
export const NoteSchema = v.pipe(
  v.string('wrongType'),
  v.trim(),
  v.check((s) => fitsLength(s, NOTE_MAX), 'tooLong'),
);

export const RhythmSchema = v.pipe(
  v.number('wrongType'),
  v.integer('outOfRange'),
  v.minValue(RHYTHM_DAYS.min, 'outOfRange'),
  v.maxValue(RHYTHM_DAYS.max, 'outOfRange'),
);

export const PausedUntilSchema = v.union([v.literal('resume', 'wrongType'), MomentSchema], 'wrongType');

/** A note that is blank after trimming is dropped, so "no note" has one shape. */
const withNote = <T extends object>(base: T, key: string, note: string | undefined): T =>
  note === undefined || isBlank(note) ? base : { ...base, [key]: note };

const ContactSchema = v.pipe(
  v.object({ at: MomentSchema, note: v.exactOptional(NoteSchema) }, 'wrongType'),
  v.transform((c): Contact => withNote<Contact>({ at: c.at }, 'note', c.note)),
);

const ContactsSchema = v.pipe(
  v.array(ContactSchema, 'wrongType'),
  v.maxLength(CONTACTS_MAX, 'tooMany'),
  // Oldest first is the stored order; a hand-edited file in another order is put right.
  v.transform((cs): Contact[] => [...cs].sort((a, b) => a.at - b.at)),
);

export const PersonSchema = v.pipe(
  v.object(
    {
      id: IdSchema,
      name: NameSchema,
      rhythmDays: RhythmSchema,
      howToReach: v.exactOptional(NoteSchema),
      nextTime: v.exactOptional(NoteSchema),
      pausedUntil: v.exactOptional(PausedUntilSchema),
      contacts: ContactsSchema,
      addedAt: MomentSchema,
      updatedAt: MomentSchema,
    },
    'wrongType',
  ),
  v.transform((p): Person => {
    let person: Person = {
      id: p.id,
      name: p.name,
      rhythmDays: p.rhythmDays,
      contacts: p.contacts,
      addedAt: p.addedAt,
      updatedAt: p.updatedAt,
    };
    person = withNote(person, 'howToReach', p.howToReach);
    person = withNote(person, 'nextTime', p.nextTime);
    return p.pausedUntil === undefined ? person : { ...person, pausedUntil: p.pausedUntil };
  }),
);

/** The current version's slice. Unknown keys are dropped (valibot builds a fresh object). */
export const PeopleSliceSchema = v.pipe(
  v.object(
    {
      version: v.literal(1, 'wrongType'),
      people: v.pipe(v.array(PersonSchema, 'wrongType'), v.maxLength(PEOPLE_MAX, 'tooMany')),
    },
    'wrongType',
  ),
  v.transform((s): PeopleSlice => ({ version: s.version, people: s.people })),
);
