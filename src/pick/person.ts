/**
 * Whom a reach-out nudge names (issue 11). Any line with a `named` variant takes a person
 * (the connect kind's, and gratitude or moving lines written for one); the person is the
 * one the People list puts first by `personToName` (src/people/order.ts), skipping anyone
 * a nudge named in the last two days, so an unanswered nudge never names them twice running.
 * Pure: the picker, the "Start now" offer and the simulator share it.
 */
import type { LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';
import { RECENT_CONTACT_MS } from '../people/limits.ts';
import { connectBoost, personToName, personWhoShouldNotWait, type Named } from '../people/order.ts';
import type { Person } from '../people/person.ts';
import type { StrategyCore } from '../strategies/types.ts';

/** People a shown nudge named within the last two days (RECENT_CONTACT_MS), newest log last. */
export function recentlyNamed(log: readonly LogEvent[], now: number): Set<string> {
  const named = new Set<string>();
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (!e || now - e.at >= RECENT_CONTACT_MS) break;
    if (e.type === 'shown' && e.personId !== undefined && e.at <= now) named.add(e.personId);
  }
  return named;
}

/** Whether line `line` of `strategy` has a variant that names someone. */
export function takesPerson(strategy: Pick<StrategyCore, 'named'>, line: number): boolean {
  return strategy.named?.includes(line) ?? false;
}

/** The id of the person line `line` names, or undefined for a line that names nobody. */
export function personFor(
  strategy: Pick<StrategyCore, 'named'>,
  line: number,
  people: readonly Person[],
  log: readonly LogEvent[],
  now: number,
): string | undefined {
  if (people.length === 0 || !takesPerson(strategy, line)) return undefined;
  return personToName(people, now, recentlyNamed(log, now))?.person.id;
}

/** The connect kind's weight multiplier while someone would welcome a hello (≤ CONNECT_BOOST_MAX). */
export function connectWeightBoost(people: readonly Person[], log: readonly LogEvent[], now: number): number {
  return people.length === 0 ? 1 : connectBoost(people, now, recentlyNamed(log, now));
}

/** When a shown nudge last named each person: the log's newest, else what the summary kept of older ones. */
export function lastNamed(log: readonly LogEvent[], summary: LogSummary | undefined): Map<string, number> {
  const named = new Map(summary?.named ?? []);
  for (const e of log) {
    if (e.type === 'shown' && e.personId !== undefined && e.at >= (named.get(e.personId) ?? -Infinity)) named.set(e.personId, e.at);
  }
  return named;
}

/** Whom the next nudge that can name someone names whatever chance draws (src/people/order.ts). */
export function waitingTooLong(people: readonly Person[], log: readonly LogEvent[], summary: LogSummary | undefined, now: number): Named | null {
  return people.length === 0 ? null : personWhoShouldNotWait(people, now, lastNamed(log, summary), recentlyNamed(log, now));
}
