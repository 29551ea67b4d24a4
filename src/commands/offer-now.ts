/**
 * The nudges the person asks for: Another one, Start now (from the library) and the test
 * nudge (from Settings). Asked-for nudges do not count toward the daily cap, and the next
 * planned one keeps its spacing from them (schedule/commands.ts `asked`).
 */
import type { LogEvent } from '../log/types.ts';
import { pickLine } from '../pick/line.ts';
import { personFor } from '../pick/person.ts';
import { helpLean } from '../journal/helps.ts';
import { pick } from '../pick/pick.ts';
import { asked } from '../schedule/commands.ts';
import { allStrategies, offer } from '../state/offer.ts';
import { nextHealth } from '../state/health.ts';
import type { State } from '../state/types.ts';
import { savedForLater, waitingNudge } from '../state/waiting.ts';
import { recordAnswer } from './answer.ts';
import { bringBack, withoutComeback } from './saved-for-later.ts';
import type { Outcome, Result, Signals, World } from './world.ts';

type Offered = Result<{ nudgeId: string }>;

interface OfferOptions {
  /** The strategy's line the picker chose; else one is chosen as for any nudge. */
  readonly line?: number;
  /** The log as it stands after an answer recorded in the same command. */
  readonly log?: readonly LogEvent[];
  /** A test nudge must reach the screen: shown as a notification, not only in the page that asked. */
  readonly notify?: boolean;
  /** Other slices to save with it. */
  readonly extra?: Partial<State>;
}

/** Puts a strategy on offer because the person asked; the rhythm keeps its spacing. */
function offerNow(state: State, strategyId: string, world: World, options: OfferOptions = {}): Offered {
  const strategy = allStrategies(world.library, state).find((s) => s.id === strategyId);
  if (!strategy) return { refused: 'strategy-gone' };
  const { now, random } = world;
  const log = options.log ?? state.log;
  const line = options.line ?? pickLine(strategy.id, strategy.lines, log, random, { summary: state.logSummary, now });
  // A line that takes a person names one, as the picker would (the same rule, pick/person.ts).
  const personId = personFor(strategy, line, state.people.people, log, now);
  const claim = offer({ log }, {
    strategy,
    line,
    ...(personId === undefined ? {} : { personId }),
    now,
    random,
    asked: true,
    catchUp: false,
  });
  // Asked-for nudges appear in the page that asked (`offer` marks them notified).
  const current = options.notify ? { ...claim.current, notified: false } : claim.current;
  // A nudge saved for later that this one replaces no longer comes back (saved-for-later.ts).
  const schedule = withoutComeback(state.schedule);
  const planned = asked({ settings: state.settings, state: schedule, log, now, timeZone: world.timeZone, random });
  return {
    patch: { ...options.extra, log: claim.log, current, schedule: planned.state },
    alarmAt: planned.alarmAt,
    reply: { nudgeId: current.id },
  };
}

/**
 * "Another one": a different strategy now. The one it replaces is logged as `passed`, a
 * weak signal of its own (the picker weighs it far less than a skip, pick/affinity.ts):
 * the person wanted something else this time, not necessarily never this.
 */
export function another(state: State, payload: { readonly nudgeId: string | null }, world: World): Offered {
  const { nudgeId } = payload;
  // "Give me one now" with a nudge saved for later: that one, now (saved-for-later.ts).
  const saved = savedForLater(state);
  if (nudgeId === null && saved) return bringBack(state, saved, world);
  const log = (nudgeId === null ? null : recordAnswer(state, nudgeId, 'passed', world.now))?.log ?? state.log;
  const exclude = state.current ? [state.current.strategyId] : [];
  const strategies = allStrategies(world.library, state);
  const chosen = pick({ strategies, settings: state.settings, log, summary: state.logSummary, people: state.people.people, now: world.now, timeZone: world.timeZone, random: world.random, exclude, lean: helpLean(state.felt) });
  if (!chosen) return { refused: 'nothing-enabled' };
  return offerNow(state, chosen.strategyId, world, { line: chosen.line, log });
}

/** "Start now" from the library. */
export function start(state: State, payload: { readonly strategyId: string }, world: World): Offered {
  const saved = savedForLater(state);
  if (!saved) return offerNow(state, payload.strategyId, world);
  if (saved.strategyId === payload.strategyId) return bringBack(state, saved, world);
  // Another strategy chosen over the saved nudge: logged as such (saved-for-later.ts).
  const log = recordAnswer(state, saved.id, 'passed', world.now)?.log;
  return offerNow(state, payload.strategyId, world, log ? { log } : {});
}

/**
 * Checks that notifications reach the person (and re-reads the permission, which they may
 * just have turned back on). The waiting nudge is shown again — closed first, since the
 * browser would quietly update a notification still in its tray — with nothing new in the
 * log; with none waiting, a new one is offered and shown.
 */
export function testNudge(state: State, _payload: null, world: World & Pick<Signals, 'permission'>): Offered {
  const health = nextHealth(state.health, world.permission, world.now);
  const extra: Partial<State> = health ? { health } : {};
  const saved = savedForLater(state);
  if (saved) {
    // The saved nudge is the one to show (saved-for-later.ts); closed first, as below.
    const back = bringBack(state, saved, world, true);
    return { ...back, patch: { ...extra, ...back.patch }, close: [saved.id] };
  }
  const waiting = waitingNudge(state);
  if (waiting) {
    // Shown again now: `shownAt` moves with it, so a system that closes it at once is not
    // taken for the person dismissing it (commands/closed.ts).
    const current = { ...waiting, notified: false, shownAt: world.now };
    const outcome: Outcome<{ nudgeId: string }> = { patch: { ...extra, current }, close: [waiting.id], reply: { nudgeId: waiting.id } };
    return outcome;
  }
  const strategies = allStrategies(world.library, state);
  const chosen = pick({ strategies, settings: state.settings, log: state.log, summary: state.logSummary, people: state.people.people, now: world.now, timeZone: world.timeZone, random: world.random });
  if (!chosen) return { refused: 'nothing-enabled' };
  return offerNow(state, chosen.strategyId, world, { line: chosen.line, notify: true, extra });
}
