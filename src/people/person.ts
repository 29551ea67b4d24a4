/**
 * The people in someone's corner, as Tend stores them (issue 11). Three of the five source
 * articles come down to one idea: know who supports you and keep in touch on a rhythm that
 * suits each of them. This is the stored shape the schema (./schema.ts) guarantees and every
 * pure transition (./edit.ts) returns; the worker is its only writer.
 */

/** One "we talked", at the moment the person says it happened. */
export interface Contact {
  /** When they were in touch (ms since 1970, UTC). */
  readonly at: number;
  /** What was given with "we talked"; it also became the person's `nextTime` then. */
  readonly note?: string;
}

/**
 * "Not for now": the moment the pause ends by itself, or `'resume'` for a pause that lasts
 * until the person resumes it by hand. A moment in the past means the pause already ended
 * (see `isPaused` in ./order.ts), so nothing has to wake up to lift it.
 */
export type PausedUntil = number | 'resume';

/** Someone in the person's support network, with the rhythm they would like to keep. */
export interface Person {
  /** Stable and unique within the slice; names may repeat (two Sams are told apart by notes). */
  readonly id: string;
  /** Trimmed, 1–40 graphemes, any script (see NAME_MAX in ./limits.ts). Shown as text only. */
  readonly name: string;
  /** "Be in touch every N days": a preset (7, 14, 30, 90) or any whole number 3–365. */
  readonly rhythmDays: number;
  /** How to reach them ("call after 6", "voice note"): a note, not an integration. */
  readonly howToReach?: string;
  /** "For next time" ("ask about her new job"): what to bring up when next in touch. */
  readonly nextTime?: string;
  /** Present only while a pause was set; absent means not paused. */
  readonly pausedUntil?: PausedUntil;
  /** Oldest first, at most CONTACTS_MAX (the newest are kept). */
  readonly contacts: readonly Contact[];
  /** When they were added: counts as the last contact until there is one (a fresh start). */
  readonly addedAt: number;
  /** Last change by the person, so a later merge (sync, import) can let the newer edit win. */
  readonly updatedAt: number;
}

/** The people slice in `storage.local`. */
export interface PeopleSlice {
  readonly version: 1;
  /** In the order the person added them; the list they see is `peopleInOrder` (./order.ts). */
  readonly people: readonly Person[];
}

/** The version this Tend writes; `MIGRATIONS` (./migrations.ts) carries older data to it. */
export const PEOPLE_VERSION = 1;

/** A first run, or the repair of an unreadable slice: nobody yet. */
export const EMPTY_PEOPLE: PeopleSlice = { version: PEOPLE_VERSION, people: [] };
