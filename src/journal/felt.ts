/**
 * The optional one-tap answer after Done: "How do you feel now?" — lighter, about the
 * same, heavier. Kept apart from the journal: the picker reads these (helps.ts) on a wake,
 * and the worker must not read the journal then (issue 12). Answers are few and small
 * (~70 bytes), so a year of them stays under 45 KB.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../strategies/types.ts';
import { FELT, type Felt } from './helps.ts';
import { FELT_MAX_AGE_DAYS, FELT_MAX_ANSWERS } from './limits.ts';
import { AtSchema, plainObject } from './shapes.ts';
import type { JournalCode } from './schema.ts';

export interface FeltAnswer {
  /** When it was answered, whole ms. */
  readonly at: number;
  /** The nudge it answers (the log's `nudgeId`), so a second tap replaces the first. */
  readonly nudgeId: string;
  /** The kind of that nudge's strategy: what "what seems to help" is counted by. */
  readonly kind: Kind;
  readonly felt: Felt;
}

const TYPE: JournalCode = 'type';
const BAD_ID: JournalCode = 'bad-id';

export const FeltAnswerSchema = plainObject({
  at: AtSchema,
  nudgeId: v.pipe(v.string(TYPE), v.regex(/^[0-9a-z]{1,32}$/, BAD_ID)),
  kind: v.picklist(KINDS, TYPE),
  felt: v.picklist(FELT, TYPE),
});

const MAX_AGE_MS = FELT_MAX_AGE_DAYS * 86_400_000;

/**
 * The answers with this one recorded: an earlier answer to the same nudge is replaced (the
 * person changed their mind, or tapped twice), then the oldest beyond FELT_MAX_ANSWERS and
 * those older than FELT_MAX_AGE_DAYS are dropped. Oldest first.
 */
export function recordFelt(answers: readonly FeltAnswer[], answer: FeltAnswer, now: number): FeltAnswer[] {
  const oldest = now - MAX_AGE_MS;
  const kept = answers.filter((a) => a.nudgeId !== answer.nudgeId && a.at >= oldest);
  kept.push(answer);
  kept.sort((a, b) => a.at - b.at);
  return kept.slice(-FELT_MAX_ANSWERS);
}

/**
 * Answers from storage or an import. One bad answer should not cost the others, so invalid
 * ones (and repeats of a nudge, after the first) are dropped and counted, as the log does.
 */
export function parseFeltAnswers(raw: unknown): { readonly answers: FeltAnswer[]; readonly dropped: number } {
  if (!Array.isArray(raw)) return { answers: [], dropped: 0 };
  const answers: FeltAnswer[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const result = v.safeParse(FeltAnswerSchema, item, { abortEarly: true });
    if (!result.success || seen.has(result.output.nudgeId)) continue;
    seen.add(result.output.nudgeId);
    answers.push(result.output);
  }
  answers.sort((a, b) => a.at - b.at);
  const bounded = answers.slice(-FELT_MAX_ANSWERS);
  return { answers: bounded, dropped: raw.length - bounded.length };
}
