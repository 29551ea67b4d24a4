/**
 * Turning a decision into the nudge on offer. Pure: the worker saves what these return
 * (the claim) before it shows anything, so a crash in between never shows a nudge twice.
 * The person's answers to it are recorded by src/commands/answer.ts.
 */
import { appendEvent, newNudgeId } from '../log/append.ts';
import type { LogEvent } from '../log/types.ts';
import { helpLean } from '../journal/helps.ts';
import { pick } from '../pick/pick.ts';
import type { Random } from '../random.ts';
import type { Show } from '../schedule/types.ts';
import { coreOf, type StrategyCore } from '../strategies/types.ts';
import type { CurrentNudge, State } from './types.ts';

export interface Claim {
  readonly current: CurrentNudge;
  readonly log: LogEvent[];
}

/** All strategies the picker may draw from: the library and the person's own. */
export function allStrategies(library: readonly StrategyCore[], state: Pick<State, 'custom'>): readonly StrategyCore[] {
  return state.custom.length === 0 ? library : [...library, ...state.custom.map(coreOf)];
}

/**
 * A scheduled nudge is due. A snoozed one comes back as it was; otherwise the picker
 * chooses a new one. Null when no strategy of an enabled kind exists.
 */
export function claimScheduled(
  state: State,
  show: Show,
  strategies: readonly StrategyCore[],
  now: number,
  timeZone: string,
  random: Random,
): Claim | null {
  const snoozed = state.current;
  if (show.again && snoozed && snoozed.snoozedUntil !== null) {
    const current: CurrentNudge = { ...snoozed, shownAt: now, notified: false, snoozedUntil: null, catchUp: show.catchUp };
    return { current, log: appendEvent(state.log, shownEvent(current), now) };
  }
  const chosen = pick({ strategies, settings: state.settings, log: state.log, summary: state.logSummary, people: state.people.people, now, timeZone, random, lean: helpLean(state.felt) });
  const strategy = chosen && strategies.find((s) => s.id === chosen.strategyId);
  if (!chosen || !strategy) return null;
  const { personId } = chosen;
  return offer(state, {
    strategy,
    line: chosen.line,
    ...(personId === undefined ? {} : { personId }),
    now,
    random,
    asked: false,
    catchUp: show.catchUp,
  });
}

export interface OfferInput {
  readonly strategy: StrategyCore;
  readonly line: number;
  readonly personId?: string;
  readonly now: number;
  readonly random: Random;
  readonly asked: boolean;
  readonly catchUp: boolean;
}

/** Puts one strategy on offer now and logs it as shown. */
export function offer(state: Pick<State, 'log'>, input: OfferInput): Claim {
  const current: CurrentNudge = {
    id: newNudgeId(input.now, input.random),
    strategyId: input.strategy.id,
    kind: input.strategy.kind,
    line: input.line,
    ...(input.personId === undefined ? {} : { personId: input.personId }),
    shownAt: input.now,
    catchUp: input.catchUp,
    asked: input.asked,
    // Asked-for nudges appear in the page that asked; they need no notification.
    notified: input.asked,
    snoozedUntil: null,
  };
  return { current, log: appendEvent(state.log, shownEvent(current), input.now) };
}

/** The log's record of a nudge appearing (again, for one brought back: still one nudge in the log). */
export function shownEvent(current: CurrentNudge): LogEvent {
  return {
    at: current.shownAt,
    type: 'shown',
    nudgeId: current.id,
    strategyId: current.strategyId,
    kind: current.kind,
    line: current.line,
    ...(current.catchUp ? { catchUp: true as const } : {}),
    ...(current.asked ? { asked: true as const } : {}),
    ...(current.personId === undefined ? {} : { personId: current.personId }),
  };
}
