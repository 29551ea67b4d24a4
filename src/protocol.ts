/**
 * The typed command protocol between the popup (and other extension pages) and the
 * background worker, which is the only writer of stored state. One map from command name
 * to payload and reply; errors cross the boundary serialised and are rethrown by the sender.
 * Pages render from storage (and its onChanged events), so replies stay small.
 */
import type { JournalReply } from './commands/journal.ts';
import type { ImportReply } from './commands/data.ts';
import type { ImportMode } from './data/apply.ts';
import type { Felt } from './journal/helps.ts';
import type { EntryDraft } from './journal/schema.ts';
import type { RefusalCode } from './commands/world.ts';
import type { SettingsCode } from './settings/codes.ts';
import type { Kind } from './strategies/types.ts';
import type { PeopleReply, TalkedInput } from './commands/people.ts';
import type { PersonInput, PersonPatch } from './people/edit.ts';
import type { PausedUntil } from './people/person.ts';
import type { Removed } from './people/remove.ts';
import type { SyncPrefs } from './sync/prefs.ts';

export type PauseMode = 'hour' | 'today' | 'until-resumed' | 'resume';

export interface NewCustomStrategy {
  readonly kind: Kind;
  readonly title: string;
  readonly message: string;
  readonly steps: readonly string[];
  readonly minutes: number;
}

export interface Commands {
  ping: { payload: null; reply: 'pong' };
  /** Answers to the nudge on offer; a stale id (already answered elsewhere) is a no-op. */
  done: { payload: { nudgeId: string }; reply: null };
  snooze: { payload: { nudgeId: string }; reply: { until: number | null } };
  skip: { payload: { nudgeId: string }; reply: null };
  /** Skip the current one (if any) and offer a different strategy now. */
  another: { payload: { nudgeId: string | null }; reply: { nudgeId: string } };
  /** Offer this strategy now (from the library). */
  start: { payload: { strategyId: string }; reply: { nudgeId: string } };
  /** Replace all settings; rejected with a message naming the field when invalid. */
  saveSettings: { payload: { settings: unknown }; reply: { dueAt: number | null } };
  pause: { payload: { mode: PauseMode }; reply: { dueAt: number | null } };
  /** Show a real notification now, to check that notifications reach the person. */
  testNudge: { payload: null; reply: { nudgeId: string } };
  dismissNotice: { payload: { id: string }; reply: null };
  addCustom: { payload: NewCustomStrategy; reply: { id: string } };
  removeCustom: { payload: { id: string }; reply: null };
  /** People (issue 11): a refusal is a reply `{ ok: false, code, path }` the page words by field. */
  addPerson: { payload: PersonInput; reply: PeopleReply<{ id: string }> };
  editPerson: { payload: { id: string; patch: PersonPatch }; reply: PeopleReply };
  pausePerson: { payload: { id: string; until: PausedUntil }; reply: PeopleReply };
  resumePerson: { payload: { id: string }; reply: PeopleReply };
  /** The reply carries what Undo sends back to restorePerson. */
  removePerson: { payload: { id: string }; reply: PeopleReply<{ removed: Removed }> };
  restorePerson: { payload: { removed: Removed }; reply: PeopleReply };
  /** "We talked": now, or at a given moment (a nudge in the log, afterwards), with an optional note. */
  talked: { payload: TalkedInput; reply: PeopleReply };
  /** Journal (issue 12): a refusal is a reply `{ ok: false, code, path }` the page words by field. */
  addEntry: { payload: EntryDraft; reply: JournalReply };
  editEntry: { payload: EntryDraft & { id: string }; reply: JournalReply };
  deleteEntry: { payload: { id: string }; reply: JournalReply };
  /** "How do you feel now?" after Done on this nudge. */
  felt: { payload: { nudgeId: string; felt: Felt }; reply: JournalReply };
  /** "Something for right now?" after an entry with these words: a fitting strategy on offer now. */
  rightNow: { payload: { words: readonly string[] }; reply: { nudgeId: string } };
  /** Your data (issue 13): the file's text, checked again by the worker; a refusal is a reply `{ ok: false, code, path }`. */
  importData: { payload: { text: string; mode: ImportMode }; reply: ImportReply };
  /** Everything back to a fresh install. */
  eraseAll: { payload: null; reply: null };
  /** Settings that follow you (issue 13): sync on or off, people with it or not; the reply is the sync slice after a first sync. */
  setSync: { payload: { enabled: boolean; people: boolean }; reply: SyncPrefs };
}

export type CommandName = keyof Commands;
export type Payload<N extends CommandName> = Commands[N]['payload'];
export type ReplyValue<N extends CommandName> = Commands[N]['reply'];

export interface CommandMessage<N extends CommandName = CommandName> {
  readonly command: N;
  readonly payload: Payload<N>;
}

/**
 * Why a command failed, as a code the page words in the person's language (STYLE.md §14);
 * the worker sends no prose. A command's own refusals (RefusalCode), settings that fail
 * their schema (SettingsCode, with the field's path), and the messaging's own failures:
 * `no-reply` (the worker did not answer), `bad-command` (not a command this worker knows),
 * `bad-payload` (a payload that fails its schema; `path` names the field), `failed` (a bug).
 */
export type ErrorCode = RefusalCode | SettingsCode | 'no-reply' | 'bad-command' | 'bad-payload' | 'failed';

export interface SerializedError {
  readonly code: ErrorCode;
  /** The dotted path of the field the code is about (`pause.until`); "" for the whole command. */
  readonly path: string;
  /** For the console only, never shown: the error's name and message as the worker saw them. */
  readonly name: string;
  readonly message: string;
}

export type Reply<N extends CommandName = CommandName> =
  | { readonly ok: true; readonly value: ReplyValue<N> }
  | { readonly ok: false; readonly error: SerializedError };

/**
 * A failure as a code and a field path: thrown by the worker to refuse (the dispatcher
 * serialises it), and rethrown in the sender, whose page words `code` next to `path`.
 */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly path: string;

  constructor(error: Pick<SerializedError, 'code'> & Partial<SerializedError>) {
    const path = error.path ?? '';
    // The message is for the console and test output; pages word `code` instead.
    super(error.message ?? (path ? `${error.code} at ${path}` : error.code));
    this.name = error.name ?? 'CommandError';
    this.code = error.code;
    this.path = path;
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof CommandError) return { code: error.code, path: error.path, name: error.name, message: error.message };
  if (error instanceof Error) return { code: 'failed', path: '', name: error.name, message: error.message };
  return { code: 'failed', path: '', name: 'Error', message: String(error) };
}
