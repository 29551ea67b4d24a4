/**
 * The shape of Tend's strategy library. Content lives beside this file; the scheduler,
 * the picker and the UI only ever see these types.
 */
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

export interface Strategy {
  /** Stable, kebab-case; stored in logs and preferences, so never renamed once shipped. */
  readonly id: string;
  readonly kind: Kind;
  /** Short name shown as a heading, e.g. "Check in with someone". */
  readonly title: string;
  /** At least three, so repeats feel fresh. */
  readonly nudges: readonly NudgeLine[];
  /** Why it helps: two or three plain sentences. */
  readonly why: string;
  /** How to do it: a few concrete steps. */
  readonly steps: readonly string[];
  /** Roughly how long it takes, in minutes. */
  readonly minutes: number;
  /** Whether it involves another person. */
  readonly withPerson: boolean;
  /** The source article(s) it comes from (file names in shared/sources/README.md). */
  readonly sources: readonly SourceFile[];
}

/**
 * The part of a strategy the scheduler, the picker and notifications use. The worker ships
 * only this (see catalog.ts); the popup loads the rest where it shows it.
 */
export type StrategyCore = Pick<Strategy, 'id' | 'kind' | 'nudges' | 'withPerson'>;
