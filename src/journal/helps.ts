/**
 * "What seems to help you": for this one person, which kinds of strategy left them
 * lighter, from their own after-Done answers (felt.ts). A personal pattern, not a
 * measurement: the view says so, and the core never speaks before a kind has
 * HELPS_MIN_ANSWERS answers, because two or three taps are noise.
 */
import { KINDS, type Kind } from '../strategies/types.ts';
import { HELPS_MIN_ANSWERS } from './limits.ts';

/** The after-Done answer (felt.ts stores it), in the order the question offers them. */
export const FELT = ['lighter', 'same', 'heavier'] as const;
export type Felt = (typeof FELT)[number];

/** What these functions read of an answer; FeltAnswer has it. */
export interface KindAnswer {
  readonly kind: Kind;
  readonly felt: Felt;
}

export interface KindHelp {
  readonly kind: Kind;
  /** Answers in all (at least HELPS_MIN_ANSWERS). */
  readonly answers: number;
  readonly lighter: number;
  readonly same: number;
  readonly heavier: number;
}

type Tally = Record<Felt, number>;

function tally(answers: readonly KindAnswer[]): Map<Kind, Tally> {
  const kinds = new Set<string>(KINDS);
  const felts = new Set<string>(FELT);
  const counts = new Map<Kind, Tally>();
  for (const { kind, felt } of answers) {
    // Typed, but read from storage: a kind or answer this version does not know is skipped.
    if (!kinds.has(kind) || !felts.has(felt)) continue;
    const t = counts.get(kind) ?? { lighter: 0, same: 0, heavier: 0 };
    t[felt]++;
    counts.set(kind, t);
  }
  return counts;
}

/**
 * Kinds with at least HELPS_MIN_ANSWERS answers, ordered by the share that left the person
 * lighter; ties go to the kind with more answers (more to go on), then to KINDS order.
 * Shares are compared by cross-multiplying whole counts, so 3/5 and 6/10 tie exactly.
 * A kind with fewer answers is absent: nothing is said about it yet.
 */
export function whatHelps(answers: readonly KindAnswer[]): KindHelp[] {
  const rows: KindHelp[] = [];
  const counts = tally(answers);
  for (const kind of KINDS) {
    const t = counts.get(kind);
    if (!t) continue;
    const total = t.lighter + t.same + t.heavier;
    if (total >= HELPS_MIN_ANSWERS) rows.push({ kind, answers: total, ...t });
  }
  const order = new Map(KINDS.map((k, i) => [k, i]));
  return rows.sort(
    (a, b) =>
      b.lighter * a.answers - a.lighter * b.answers ||
      b.answers - a.answers ||
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0),
  );
}

/** The picker's lean never goes past these: mild, and never zero, so no kind is turned off. */
export const LEAN_MAX = 1.25;
export const LEAN_MIN = 1 / LEAN_MAX;
/**
 * Pseudo-answers that pull a young pattern toward "no lean": at five answers the evidence
 * counts half, at twenty four fifths.
 */
export const LEAN_PRIOR = 5;

/**
 * A multiplier per kind for the picker's weights. Exactly 1 for a kind with fewer than
 * HELPS_MIN_ANSWERS answers. Otherwise, with n answers:
 *
 *   balance    = (lighter − heavier) / n                 in [−1, 1]; "same" is neutral
 *   confidence = n / (n + LEAN_PRIOR)                    in [0.5, 1)
 *   lean       = LEAN_MAX ^ (balance × confidence)       in (0.8, 1.25)
 *
 * Symmetric in log space (0.8 is 1/1.25), so "heavier" lowers a kind exactly as far as
 * "lighter" raises it. At five answers all lighter it is 1.25^0.5 ≈ 1.12; it nears 1.25
 * only after many. Small beside the person's own kind weights (0.1 to 10) and the
 * strategy affinities (0.35 to 2.5), so it nudges the mix without overriding their choices.
 */
export function helpLean(answers: readonly KindAnswer[]): Readonly<Record<Kind, number>> {
  const counts = tally(answers);
  const lean = Object.fromEntries(KINDS.map((k) => [k, 1])) as Record<Kind, number>;
  for (const [kind, t] of counts) {
    const n = t.lighter + t.same + t.heavier;
    if (n < HELPS_MIN_ANSWERS) continue;
    const exponent = ((t.lighter - t.heavier) / n) * (n / (n + LEAN_PRIOR));
    lean[kind] = Math.min(LEAN_MAX, Math.max(LEAN_MIN, LEAN_MAX ** exponent));
  }
  return lean;
}
