/** "We talked": one contact recorded, the history kept bounded. Pure. */
import { refuse } from './codes.ts';
import { CONTACTS_MAX, isBlank } from './limits.ts';
import type { Contact, Person, PeopleSlice } from './person.ts';
import { MomentSchema, NoteSchema } from './schema.ts';
import { field, update, type Edited } from './transition.ts';

/** "We talked", at the moment the person says, with an optional note. */
export interface ContactInput {
  /** When: now for the People view's button, or a moment chosen afterwards (an earlier nudge). */
  readonly at: number;
  readonly note?: string;
}

/**
 * Records a contact — from the People view, Done on a nudge that named them, or "we talked"
 * marked afterwards on an unanswered nudge in the log, at the moment the person says. The
 * history stays oldest first and keeps the newest CONTACTS_MAX; a contact at the very same
 * moment replaces the earlier record, so a command retried after the worker stopped records
 * once. A moment after `now` is `outOfRange` at `at`.
 *
 * The note, when not blank, is kept with the contact and also becomes the person's new
 * "for next time": what was said last is what to pick up next. No note leaves "for next
 * time" as it was (perhaps there was no chance to ask yet); the edit form clears it.
 * A pause is left alone: it was chosen on purpose.
 */
export function recordContact(slice: PeopleSlice, id: string, contact: ContactInput, now: number): Edited {
  const at = field(MomentSchema, contact.at, 'at');
  if (!at.ok) return at;
  if (contact.at > now) return refuse('outOfRange', 'at');
  const note = field(NoteSchema, contact.note ?? '', 'note');
  if (!note.ok) return note;
  const entry: Contact = isBlank(note.value) ? { at: at.value } : { at: at.value, note: note.value };
  return update(slice, id, (p) => {
    const contacts = [...p.contacts.filter((c) => c.at !== entry.at), entry]
      .sort((a, b) => a.at - b.at)
      .slice(-CONTACTS_MAX);
    const next: Person = { ...p, contacts, updatedAt: now };
    return entry.note === undefined ? next : { ...next, nextTime: entry.note };
  });
}
