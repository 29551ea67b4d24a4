/**
 * The journal's commands (issue 12): write, edit and delete an entry, and record the
 * after-Done answer. Pure transitions over the journal core (src/journal/); a refusal is not
 * thrown but replied as `{ ok: false, code, path }`, so the page words it next to the field
 * it names (STYLE 14) and nothing is saved.
 */
import { addEntry as added, deleteEntry as deleted, editEntry as edited } from '../journal/entries.ts';
import { recordFelt, type FeltAnswer } from '../journal/felt.ts';
import type { Felt } from '../journal/helps.ts';
import type { EntryDraft, JournalRefusal } from '../journal/schema.ts';
import type { State } from '../state/types.ts';
import { unchanged, type Outcome, type World } from './world.ts';

/** What a journal command answers: the entry's id, or why nothing was saved. */
export type JournalReply = { readonly ok: true; readonly id: string } | JournalRefusal;

const refusal = ({ code, path }: JournalRefusal): JournalRefusal => ({ ok: false, code, path });

/** A new entry written now (the words first, then the optional line), pruned to its bounds. */
export function addEntry(state: Pick<State, 'journal'>, payload: EntryDraft, world: World): Outcome<JournalReply> {
  const result = added(state.journal, payload, world.now, world.random);
  if (!result.ok) return unchanged(refusal(result));
  return { patch: { journal: result.slice }, reply: { ok: true, id: result.entry.id } };
}

/** One entry's words and line replaced; its time stays. */
export function editEntry(
  state: Pick<State, 'journal'>,
  payload: EntryDraft & { readonly id: string },
  world: Pick<World, 'now'>,
): Outcome<JournalReply> {
  const { id, ...draft } = payload;
  const result = edited(state.journal, id, draft, world.now);
  if (!result.ok) return unchanged(refusal(result));
  return { patch: { journal: result.slice }, reply: { ok: true, id } };
}

export function deleteEntry(state: Pick<State, 'journal'>, payload: { readonly id: string }): Outcome<JournalReply> {
  const result = deleted(state.journal, payload.id);
  if (!result.ok) return unchanged(refusal(result));
  return { patch: { journal: result.slice }, reply: { ok: true, id: payload.id } };
}

/**
 * "How do you feel now?" after Done. The kind is the log's, not the page's: the answer
 * counts for the kind of the nudge that was done. A nudge not done (or gone from the log)
 * is refused as 'unknown-entry' and nothing is recorded.
 */
export function felt(
  state: Pick<State, 'felt' | 'log'>,
  payload: { readonly nudgeId: string; readonly felt: Felt },
  world: Pick<World, 'now'>,
): Outcome<JournalReply> {
  const done = state.log.filter((e) => e.nudgeId === payload.nudgeId && e.type === 'done').at(-1);
  if (!done) return unchanged(refusal({ ok: false, code: 'unknown-entry', path: 'nudgeId' }));
  const at = Math.floor(world.now);
  const answer: FeltAnswer = { at, nudgeId: payload.nudgeId, kind: done.kind, felt: payload.felt };
  return { patch: { felt: recordFelt(state.felt, answer, at) }, reply: { ok: true, id: payload.nudgeId } };
}
