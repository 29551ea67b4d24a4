/**
 * Who would most welcome a hello. One rule for the People list, the reach-out nudge and
 * the connect kind's weight, shared by the worker, the popup and the simulator (STYLE.md
 * §14): how far past their own rhythm someone is, relative to that rhythm, so a weekly
 * friend at 10 days (1.43) comes before a monthly one at 35 (1.17) (issue 11).
 *
 * Time here is elapsed (days of 24 h), not calendar days: a ratio has no zone, so the order
 * cannot change when the person travels or the clocks change.
 */
import { ONE_DAY_MS, RECENT_CONTACT_MS } from './limits.ts';
import type { Person } from './person.ts';

/** The latest contact, or when they were added: adding someone is a fresh start. */
export function lastContact(person: Person): number {
  let latest = person.addedAt;
  for (const c of person.contacts) if (c.at > latest) latest = c.at;
  return latest;
}

/**
 * Days since the last contact ÷ the rhythm: 0 just after a contact, 1 on the day the rhythm
 * comes round, 2 at twice the rhythm. Never negative (a contact recorded ahead of `now`,
 * from a clock that ran ahead, counts as just now).
 */
export function ratio(person: Person, now: number): number {
  const days = Math.max(0, now - lastContact(person)) / ONE_DAY_MS;
  return days / person.rhythmDays;
}

/**
 * "Not for now": paused by hand until resumed, or until a moment still ahead. A pause whose
 * moment has passed has ended by itself; nothing needs to wake up to lift it.
 */
export function isPaused(person: Person, now: number): boolean {
  const until = person.pausedUntil;
  return until === 'resume' || (until !== undefined && until > now);
}

/** Contacted within RECENT_CONTACT_MS (48 h) before `now`: never named by a nudge then. */
export function isRecentlyContacted(person: Person, now: number): boolean {
  return person.contacts.some((c) => now - c.at < RECENT_CONTACT_MS);
}

/** Highest ratio first; exact ties by name, then id (code-unit order: the same everywhere). */
function byWelcome(now: number): (a: Person, b: Person) => number {
  return (a, b) => ratio(b, now) - ratio(a, now) || compareText(a.name, b.name) || compareText(a.id, b.id);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The People list: everyone not paused, who would most welcome a hello first; then the
 * paused, in their own group in the same order (ready for when the pause ends). A new
 * array; the stored order (the order of adding) is untouched.
 */
export function peopleInOrder(people: readonly Person[], now: number): Person[] {
  const order = byWelcome(now);
  const active = people.filter((p) => !isPaused(p, now)).sort(order);
  const paused = people.filter((p) => isPaused(p, now)).sort(order);
  return [...active, ...paused];
}

/** Who a reach-out nudge may name, and how far past their rhythm. */
export interface Named {
  readonly person: Person;
  /** Their ratio at `now`, always ≥ 1. */
  readonly ratio: number;
}

/**
 * The person a reach-out nudge names: the one furthest past their own rhythm (ratio ≥ 1),
 * skipping paused people, anyone in touch in the last two days, and the ids in `skip` (the
 * worker passes people a nudge already named in the last RECENT_CONTACT_MS, so an unanswered
 * nudge does not name the same person twice within two days). Null when nobody is past
 * their rhythm: the line then names nobody, as it reads today.
 */
export function personToName(
  people: readonly Person[],
  now: number,
  skip: ReadonlySet<string> = new Set(),
): Named | null {
  let best: Named | null = null;
  const order = byWelcome(now);
  for (const person of people) {
    if (skip.has(person.id) || isPaused(person, now) || isRecentlyContacted(person, now)) continue;
    const r = ratio(person, now);
    if (r < 1) continue;
    if (best === null || order(person, best.person) < 0) best = { person, ratio: r };
  }
  return best;
}

/**
 * From this ratio on, someone no nudge has named since their last contact should not wait
 * for chance any longer (`personWhoShouldNotWait`). A quarter of their rhythm before one and
 * a half: for a weekly friend 1¾ days, several nudges at any cap, for one of them to fit.
 */
export const SHOULD_NOT_WAIT_RATIO = 1.25;

/**
 * The person the next nudge that can name someone should name, whoever is furthest past
 * their rhythm: someone at SHOULD_NOT_WAIT_RATIO or beyond whom no nudge has named since
 * their last contact (`lastNamed`: when a nudge last named each id), skipping as
 * `personToName` does. Chance leans the connect kind toward people (`connectBoost`), but a
 * week with few reach-out nudges could let a weekly friend wait behind others; this names
 * each person at least once before one and a half of their rhythm, and at most once a
 * stretch, so it never becomes a run of reach-out nudges. Furthest past first; null when
 * nobody is waiting so.
 */
export function personWhoShouldNotWait(
  people: readonly Person[],
  now: number,
  lastNamed: ReadonlyMap<string, number>,
  skip: ReadonlySet<string> = new Set(),
): Named | null {
  const waiting = people.filter((p) => (lastNamed.get(p.id) ?? -Infinity) < lastContact(p));
  const named = personToName(waiting, now, skip);
  return named !== null && named.ratio >= SHOULD_NOT_WAIT_RATIO ? named : null;
}

/** The most the connect kind's weight is multiplied by: at most double (issue 11). */
export const CONNECT_BOOST_MAX = 2;

/**
 * A multiplier for the connect kind's weight in the picker: 1 while nobody is past their
 * rhythm, then rising in a straight line with the ratio of the person `personToName` would
 * name, 1 + (ratio − 1) / 2, reaching CONNECT_BOOST_MAX at three times their rhythm and
 * staying there:
 *
 *   ratio ≤ 1 → 1,  1.5 → 1.25,  2 → 1.5,  ≥ 3 → 2
 *
 * Why this curve: at the rhythm itself nothing changes (the weight the person chose is
 * respected), the lean grows slowly enough that the next nudge or two usually fall to other
 * kinds, and the cap keeps a long absence from turning into a burst of reach-out nudges
 * (the network is tended, never pressed). Once that person is contacted, paused, or skipped
 * as just named (`skip`), the boost follows whoever is next, or drops back to 1: it follows
 * the list as it stands and never accumulates.
 */
export function connectBoost(
  people: readonly Person[],
  now: number,
  skip: ReadonlySet<string> = new Set(),
): number {
  const named = personToName(people, now, skip);
  if (named === null) return 1;
  return 1 + Math.min(CONNECT_BOOST_MAX - 1, (named.ratio - 1) / 2);
}
