/**
 * What to show: a strategy drawn by the person's kind preferences, leaning toward what
 * they do and away from what they skip, without repeating itself.
 */
import { foldedAnswers, foldedLastKind, type LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';
import type { Person } from '../people/person.ts';
import type { Random } from '../random.ts';
import type { Settings } from '../settings/types.ts';
import { fitsMinute, localMinuteOfDay } from '../strategies/fits.ts';
import type { Kind, StrategyCore } from '../strategies/types.ts';
import { affinities } from './affinity.ts';
import { pickLine } from './line.ts';
import { connectWeightBoost, personFor, waitingTooLong } from './person.ts';

export interface PickInput {
  readonly strategies: readonly StrategyCore[];
  readonly settings: Settings;
  readonly log: readonly LogEvent[];
  /** What the picker keeps of events that left `log` (log/summary.ts); none: `log` is all there is. */
  readonly summary?: LogSummary;
  /** The People list: lines that take a person name one (./person.ts); connect leans to them. */
  readonly people?: readonly Person[];
  readonly now: number;
  /** The person's IANA zone: a strategy's `fits` (strategies/fits.ts) is read in their local time. */
  readonly timeZone: string;
  readonly random: Random;
  /** Not these (e.g. the nudge "Another one" replaces), unless nothing else is enabled. */
  readonly exclude?: readonly string[];
  /**
   * The person asked for this one (the journal's "Something for right now?"): strategies
   * marked `whenAsked` may be drawn. Otherwise (a scheduled nudge, Another one) never.
   */
  readonly asked?: boolean;
  /** Per kind, a multiplier on its weight from what seems to help (journal/helps.ts `helpLean`). */
  readonly lean?: Readonly<Record<Kind, number>>;
}

export interface Pick {
  readonly strategyId: string;
  /** Index into the strategy's `nudges`. */
  readonly line: number;
  /** For reach-out nudges: whom to name. Absent → the generic line. */
  readonly personId?: string;
}

/** No strategy returns within this window… */
export const REPEAT_WINDOW_DAYS = 3;

/** …unless that would rule out more than half of the candidates; then only the most recent are. */
const MAX_AVOIDED_SHARE = 0.5;

/** Null only when no strategy of an enabled kind exists. */
export function pick(input: PickInput): Pick | null {
  const { settings, log, now, random, summary } = input;
  const enabled = input.strategies.filter((s) => settings.kinds[s.kind].enabled && (input.asked === true || s.whenAsked !== true));
  if (enabled.length === 0) return null;
  // Only what fits the hour where the person is, a bedtime only in the evening (fits.ts);
  // should nothing enabled fit (kinds narrowed to time-bound strategies), the hour gives way.
  const minute = localMinuteOfDay(now, input.timeZone);
  const fitting = enabled.filter((s) => fitsMinute(s.fits, minute));
  const candidates = fitting.length > 0 ? fitting : enabled;
  const excluded = new Set(input.exclude ?? []);
  const allowed = candidates.filter((s) => !excluded.has(s.id));
  const open = allowed.length > 0 ? allowed : candidates;
  let pool = open;

  const history = recentHistory(log, now);
  const recent = history.recent;
  const lastKind = history.lastKind ?? (summary ? foldedLastKind(summary, now) : null);
  const avoid = new Set(recent.slice(0, Math.floor(pool.length * MAX_AVOIDED_SHARE)));
  pool = pool.filter((s) => !avoid.has(s.id));
  const otherKind = pool.filter((s) => s.kind !== lastKind);
  if (otherKind.length > 0) pool = otherKind;

  const people = input.people ?? [];
  const weights = leaned(settings, input.lean);
  const affinity = affinities(log, now, summary && foldedAnswers(summary));
  const folded = summary && { summary, now };

  // Someone has waited for chance long enough: a strategy that can name them, and it does.
  const waiting = input.asked === true ? null : waitingTooLong(people, log, summary, now);
  const naming = waiting && namingPool(pool, open);
  if (waiting && naming) {
    const chosen = draw(naming, weights, affinity, random);
    return { strategyId: chosen.id, line: pickLine(chosen.id, chosen.lines, log, random, folded, chosen.named), personId: waiting.person.id };
  }

  const boost = connectWeightBoost(people, log, now);
  const chosen = draw(pool, weights, affinity, random, boost);
  // Someone would welcome a hello: a line that can name them, if the strategy has one.
  const line = pickLine(chosen.id, chosen.lines, log, random, folded, boost > 1 ? chosen.named : undefined);
  const personId = personFor(chosen, line, people, log, now);
  return personId === undefined ? { strategyId: chosen.id, line } : { strategyId: chosen.id, line, personId };
}

/** Strategies that can name someone: from the varied pool if it has any, else from all that fit; null when none do. */
function namingPool(pool: readonly StrategyCore[], open: readonly StrategyCore[]): StrategyCore[] | null {
  const canName = (s: StrategyCore): boolean => (s.named?.length ?? 0) > 0;
  const naming = pool.some(canName) ? pool.filter(canName) : open.filter(canName);
  return naming.length > 0 ? naming : null;
}

/**
 * Distinct strategies shown within the repeat window, most recent first, and the kind of
 * the last nudge shown however long ago (after days away the next one still alternates).
 */
function recentHistory(log: readonly LogEvent[], now: number): { recent: string[]; lastKind: Kind | null } {
  const since = now - REPEAT_WINDOW_DAYS * 86_400_000;
  const recent: string[] = [];
  let lastKind: Kind | null = null;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (!e || (e.at < since && lastKind !== null)) break;
    if (e.type !== 'shown' || e.at > now) continue;
    lastKind ??= e.kind;
    if (e.at >= since && !recent.includes(e.strategyId)) recent.push(e.strategyId);
  }
  return { recent, lastKind };
}

/**
 * Each kind gets its preference weight in total, shared by its strategies in the pool,
 * so a kind with many strategies is not shown more for it; affinity then tilts within.
 * Connect's weight is multiplied by `connectBoost` while someone would welcome a hello
 * (src/people/order.ts: 1 to at most 2), so the network is tended without a burst.
 */
/**
 * While someone would welcome a hello (a boost above 1), a reach-out strategy that can name
 * them is this much likelier, within its kind, than one that names nobody: the kind's share
 * stays what its weight and the bounded boost make it, and its nudges name the person.
 */
const NAMING_SHARE = 4;

function draw(pool: readonly StrategyCore[], settings: Settings, affinity: Map<string, number>, random: Random, connectBoost = 1): StrategyCore {
  const share = (s: StrategyCore): number => (connectBoost > 1 && s.kind === 'connect' && (s.named?.length ?? 0) > 0 ? NAMING_SHARE : 1);
  const perKind = new Map<Kind, number>();
  for (const s of pool) perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + share(s));
  const weights = pool.map(
    (s) => ((settings.kinds[s.kind].weight * (s.kind === 'connect' ? connectBoost : 1) * share(s)) / (perKind.get(s.kind) ?? 1)) * (affinity.get(s.id) ?? 1),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < pool.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return pool[i] as StrategyCore;
  }
  return pool[pool.length - 1] as StrategyCore;
}

/** The lean bound to (LEAN_MIN, LEAN_MAX) again, so a multiplier from anywhere stays mild. */
const LEAN_BOUND = 1.25;

/**
 * Settings whose kind weights carry the lean toward what seems to help. Bounded here too, and
 * never zero, so the lean tilts the mix and never turns a kind off.
 */
function leaned(settings: Settings, lean: Readonly<Record<Kind, number>> | undefined): Settings {
  if (!lean) return settings;
  const kinds = { ...settings.kinds };
  for (const kind of Object.keys(kinds) as Kind[]) {
    const factor = Math.min(LEAN_BOUND, Math.max(1 / LEAN_BOUND, Number.isFinite(lean[kind]) ? lean[kind] : 1));
    kinds[kind] = { ...kinds[kind], weight: kinds[kind].weight * factor };
  }
  return { ...settings, kinds };
}
