/**
 * Validates messages arriving at the worker: the command must be known and its payload
 * well formed, whatever page sent it.
 */
import * as v from 'valibot';
import { CommandError, type CommandMessage, type CommandName } from './protocol.ts';
import type { Removed } from './people/remove.ts';
import { FELT } from './journal/helps.ts';
import { MAX_FILE_BYTES } from './data/format.ts';
import { KINDS } from './strategies/types.ts';

const nudgeId = v.object({ nudgeId: v.string() });
const journalWords = v.pipe(v.array(v.string()), v.maxLength(64));
const journalDraft = v.object({ words: journalWords, text: v.optional(v.pipe(v.string(), v.maxLength(20_000))) });
const line = (max: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, `${what} is empty`), v.maxLength(max, `${what} is longer than ${max} characters`));

const PAYLOADS = {
  ping: v.null(),
  done: nudgeId,
  snooze: nudgeId,
  skip: nudgeId,
  another: v.object({ nudgeId: v.nullable(v.string()) }),
  start: v.object({ strategyId: v.string() }),
  saveSettings: v.object({ settings: v.unknown() }),
  pause: v.object({ mode: v.picklist(['hour', 'today', 'until-resumed', 'resume']) }),
  testNudge: v.null(),
  dismissNotice: v.object({ id: v.string() }),
  addCustom: v.object({
    kind: v.picklist(KINDS),
    title: line(40, 'The title'),
    message: line(120, 'The nudge line'),
    steps: v.pipe(v.array(line(200, 'A step')), v.maxLength(8, 'Up to 8 steps')),
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1, 'At least 1 minute'), v.maxValue(120, 'At most 120 minutes')),
  }),
  removeCustom: v.object({ id: v.string() }),
  // People: the shape only; the people core checks every field and refuses by code and path.
  addPerson: v.object({ name: v.string(), rhythmDays: v.number(), howToReach: v.exactOptional(v.string()), nextTime: v.exactOptional(v.string()) }),
  editPerson: v.object({
    id: v.string(),
    patch: v.object({ name: v.exactOptional(v.string()), rhythmDays: v.exactOptional(v.number()), howToReach: v.exactOptional(v.string()), nextTime: v.exactOptional(v.string()) }),
  }),
  pausePerson: v.object({ id: v.string(), until: v.union([v.literal('resume'), v.number()]) }),
  resumePerson: v.object({ id: v.string() }),
  removePerson: v.object({ id: v.string() }),
  // The person is checked by the stored schema in restorePerson (src/people/remove.ts).
  restorePerson: v.object({ removed: v.object({ person: v.custom<Removed['person']>(() => true), index: v.number() }) }),
  talked: v.object({ id: v.string(), at: v.exactOptional(v.number()), note: v.exactOptional(v.string()) }),
  // Journal: the shape only, loosely bounded; the journal core checks words and the line's
  // length and refuses by code and path, which the page words next to the field.
  addEntry: journalDraft,
  editEntry: v.object({ ...journalDraft.entries, id: v.string() }),
  deleteEntry: v.object({ id: v.string() }),
  felt: v.object({ nudgeId: v.string(), felt: v.picklist(FELT) }),
  rightNow: v.object({ words: journalWords }),
  // The text only, loosely bounded: the data core checks it whole (size in bytes, shape) and refuses by code and path.
  importData: v.object({ text: v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES)), mode: v.picklist(['replace', 'merge']) }),
  eraseAll: v.null(),
  setSync: v.object({ enabled: v.boolean(), people: v.boolean() }),
} satisfies Record<CommandName, v.GenericSchema>;

/** The field a payload issue is about: `steps[2]`, `settings`; "" for the payload itself. */
function dotted(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

export function parseCommand(message: unknown): CommandMessage {
  if (typeof message !== 'object' || message === null) throw new CommandError({ code: 'bad-command', message: 'Not a Tend command' });
  const { command, payload } = message as { command?: unknown; payload?: unknown };
  if (typeof command !== 'string' || !Object.hasOwn(PAYLOADS, command)) {
    throw new CommandError({ code: 'bad-command', message: `Unknown command: ${String(command)}` });
  }
  const name = command as CommandName;
  const result = v.safeParse(PAYLOADS[name], payload);
  // The page checked the payload before sending it; what reaches here is a code and a path,
  // with the schema's words kept for the console only.
  if (!result.success) throw new CommandError({ code: 'bad-payload', path: dotted(result.issues[0]), message: result.issues[0].message });
  return { command: name, payload: result.output };
}
