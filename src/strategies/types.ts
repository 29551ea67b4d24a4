/**
 * The shape of Tend's strategy library. Content lives beside this file; the scheduler,
 * the picker and the UI only ever see these types.
 */
import type { DayPart } from './fits.ts';
import type { SourceFile } from './sources.ts';

/** Every kind of strategy Tend knows. Order is the order the UI lists them in. */
export const KINDS = [
  'connect',
  'community',
  'move',
  'body',
  'reflect',
  'calm',
  'perspective',
  'steps',
  'gratitude',
  'boundaries',
  'professional',
] as const;

export type Kind = (typeof KINDS)[number];

/**
 * One notification-sized line. `title` stays under 40 characters and `message` under 120
 * so that system notifications show them whole.
 *
 * Reach-out lines may also carry a `named` variant that mentions a person from the user's
 * support network: `{name}` in either field is replaced by that person's name. Without a
 * person, the plain `title`/`message` are used, so both must read naturally on their own.
 */
export interface NudgeLine {
  readonly title: string;
  readonly message: string;
  readonly named?: { readonly title: string; readonly message: string };
}

/** What a strategy is, whatever the language (src/strategies/meta.ts). */
export interface StrategyMeta {
  /** Stable, kebab-case, starting with its kind; stored in logs and preferences, so never renamed once shipped. */
  readonly id: string;
  readonly kind: Kind;
  /** How many nudge lines it has in every language (at least three, so repeats feel fresh). */
  readonly lines: number;
  /** Roughly how long it takes, in minutes. */
  readonly minutes: number;
  /** Whether it involves another person. */
  readonly withPerson: boolean;
  /**
   * The lines (indices into its nudges) that have a `named` variant, so they can name a
   * person from the People list (issue 11). Kept here so the picker, which carries no words,
   * knows which lines take a person; assemble() (content.ts) fails the build when the text
   * and this list disagree.
   */
  readonly named?: readonly number[];
  /** The source article(s) it comes from (src/strategies/sources.ts). */
  readonly sources: readonly SourceFile[];
  /**
   * Its lines presume distress ("It's okay to feel this", grief and loss): offered only when
   * the person asks (Start now, the library, the journal's "Something for right now?"),
   * never drawn for a scheduled nudge or Another one (issue 12).
   */
  readonly whenAsked?: true;
  /**
   * The parts of the person's local day it fits (./fits.ts), e.g. a bedtime only in the
   * evening; absent, any time. The picker keeps to it; a strategy started by hand does not.
   */
  readonly fits?: readonly DayPart[];
}

/** What a strategy says, in one language (content/<locale>/<kind>.json, keyed by id). */
export interface StrategyText {
  /** Short name shown as a heading, e.g. "Check in with someone". */
  readonly title: string;
  readonly nudges: readonly NudgeLine[];
  /** Why it helps: two or three plain sentences. */
  readonly why: string;
  /** How to do it: a few concrete steps. */
  readonly steps: readonly string[];
}

/** A strategy with its words, as the popup shows it. */
export interface Strategy extends Omit<StrategyMeta, 'lines' | 'named'>, StrategyText {}

/**
 * The part of a strategy the scheduler and the picker use: what it is and how many lines
 * it has, never its words. The worker carries only this (catalog.ts) and reads the one line
 * it shows from content (platform/content.ts); pages load the rest where they show it.
 */
export type StrategyCore = Pick<StrategyMeta, 'id' | 'kind' | 'withPerson' | 'lines' | 'named' | 'whenAsked' | 'fits'>;

/** A strategy of the person's own as the picker sees it (its text travels in state, not content files). */
export function coreOf(strategy: Pick<Strategy, 'id' | 'kind' | 'withPerson' | 'nudges' | 'fits'>): StrategyCore {
  const named = strategy.nudges.flatMap((line, i) => (line.named ? [i] : []));
  const core = {
    id: strategy.id, kind: strategy.kind, withPerson: strategy.withPerson, lines: strategy.nudges.length,
    ...(strategy.fits === undefined ? {} : { fits: strategy.fits }),
  };
  return named.length > 0 ? { ...core, named } : core;
}
