/** The people in someone's corner (issue 11): the pure core the worker, popup and simulator share. */
export { PEOPLE_VERSION, EMPTY_PEOPLE, type Contact, type PausedUntil, type Person, type PeopleSlice } from './person.ts';
export { PEOPLE_CODES, type PeopleCode, type Refusal } from './codes.ts';
export {
  CONTACTS_MAX,
  NAME_MAX,
  NOTE_MAX,
  PEOPLE_MAX,
  RECENT_CONTACT_MS,
  RHYTHM_DAYS,
  RHYTHM_PRESETS,
  fitsLength,
  graphemeCount,
  isBlank,
  presetOf,
  type RhythmPreset,
} from './limits.ts';
export { MAX_MOMENT, MIN_MOMENT, NameSchema, NoteSchema, PeopleSliceSchema, PersonSchema, RhythmSchema } from './schema.ts';
export { MIGRATIONS, migrate, type Migration, type MigrationContext } from './migrations.ts';
export { parsePeople, type PeopleParse } from './parse.ts';
export { addPerson, editPerson, pausePerson, resumePerson, type PersonInput, type PersonPatch } from './edit.ts';
export { removePerson, restorePerson, type Removed } from './remove.ts';
export { recordContact, type ContactInput } from './contact.ts';
export type { Edited } from './transition.ts';
export {
  CONNECT_BOOST_MAX,
  connectBoost,
  isPaused,
  isRecentlyContacted,
  lastContact,
  peopleInOrder,
  personToName,
  ratio,
  type Named,
} from './order.ts';
export { personWords, rhythmWords, sinceWords, standingOf, type PersonWords, type RhythmWords, type Since, type Standing } from './words.ts';
