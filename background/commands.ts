/**
 * The worker's side of the command protocol. Each command runs under the state lock:
 * read, decide with the pure core, save, then settle the browser side.
 */
import { withLock } from '../src/browser/lock.ts';
import type { Handlers } from '../src/browser/messaging.ts';
import { pick } from '../src/pick/pick.ts';
import { pickLine } from '../src/pick/line.ts';
import type { PauseMode } from '../src/protocol.ts';
import { asked, snooze } from '../src/schedule/commands.ts';
import { parseSettings } from '../src/settings/parse.ts';
import { PAUSE_UNTIL_RESUMED, pauseFor, pauseRestOfToday } from '../src/settings/pause.ts';
import type { Pause } from '../src/settings/types.ts';
import { answer, offer } from '../src/state/claim.ts';
import { addCustom, MAX_CUSTOM, removeCustom } from '../src/state/custom.ts';
import { nextHealth } from '../src/state/health.ts';
import type { State } from '../src/state/types.ts';
import { waitingNudge } from '../src/state/waiting.ts';
import { strategiesOf, strategyIn, timeZone } from './context.ts';
import { readPermissionLevel } from './health.ts';
import { say } from './i18n.ts';
import { clearNotification } from './notify.ts';
import { replan } from './reconcile.ts';
import { settle } from './settle.ts';
import { loadState } from './state.ts';

const nothingEnabled = () => new Error(say('errorNothingEnabled'));

/** Runs `task` with the freshly loaded state under the lock. */
function locked<R>(task: (state: State, now: number) => Promise<R>): Promise<R> {
  return withLock(async () => {
    const now = Date.now();
    return task(await loadState(now), now);
  });
}

function commandInput(state: State, now: number) {
  return { settings: state.settings, state: state.schedule, log: state.log, now, timeZone: timeZone(), random: Math.random };
}

/** Done or Skip: logged, taken off offer, and the plan checked (the nudge's expiry wake goes). */
async function respond(state: State, nudgeId: string, type: 'done' | 'skipped', now: number): Promise<null> {
  const answered = answer(state, nudgeId, type, now);
  if (answered) await replan(state, 'command', now, answered);
  return null;
}

/**
 * Puts a strategy on offer because the person asked; the rhythm keeps its spacing.
 * `log` is the log to append to when the caller already recorded an answer.
 */
async function offerNow(
  state: State,
  strategyId: string,
  now: number,
  options: { line?: number; log?: State['log']; notify?: boolean; extra?: Partial<State> } = {},
): Promise<{ nudgeId: string }> {
  const strategy = strategyIn(state, strategyId);
  if (!strategy) throw new Error(say('errorStrategyGone'));
  const log = options.log ?? state.log;
  const claim = offer({ log }, {
    strategy,
    line: options.line ?? pickLine(strategy.id, strategy.nudges.length, log, Math.random),
    now,
    random: Math.random,
    asked: true,
    catchUp: false,
  });
  // Asked-for nudges appear in the page that asked; a test nudge must reach the screen.
  const current = options.notify ? { ...claim.current, notified: false } : claim.current;
  const planned = asked(commandInput({ ...state, log }, now));
  await settle(state, { patch: { ...options.extra, log: claim.log, current, schedule: planned.state }, alarmAt: planned.alarmAt }, now);
  return { nudgeId: current.id };
}

/** The notification permission, when it changed since last seen (for the popup's warning). */
async function healthPatch(state: State, now: number): Promise<Partial<State>> {
  const health = nextHealth(state.health, await readPermissionLevel(), now);
  return health ? { health } : {};
}

function pauseOf(mode: PauseMode, now: number): Pause | null {
  switch (mode) {
    case 'hour':
      return pauseFor(now, 60);
    case 'today':
      return pauseRestOfToday(now, timeZone());
    case 'until-resumed':
      return PAUSE_UNTIL_RESUMED;
    case 'resume':
      return null;
  }
}

export const handlers: Handlers = {
  ping: () => Promise.resolve('pong'),

  done: ({ nudgeId }) => locked((state, now) => respond(state, nudgeId, 'done', now)),

  skip: ({ nudgeId }) => locked((state, now) => respond(state, nudgeId, 'skipped', now)),

  later: ({ nudgeId }) =>
    locked(async (state, now) => {
      const answered = answer(state, nudgeId, 'snoozed', now);
      if (!answered || !state.current) return { until: null };
      const planned = snooze(commandInput(state, now));
      const until = planned.state.dueAt;
      const current = until === null ? null : { ...state.current, snoozedUntil: until };
      await settle(state, { patch: { log: answered.log, current, schedule: planned.state }, alarmAt: planned.alarmAt }, now);
      return { until };
    }),

  another: ({ nudgeId }) =>
    locked(async (state, now) => {
      const log = (nudgeId === null ? null : answer(state, nudgeId, 'skipped', now))?.log ?? state.log;
      const exclude = state.current ? [state.current.strategyId] : [];
      const chosen = pick({ strategies: strategiesOf(state), settings: state.settings, log, now, random: Math.random, exclude });
      if (!chosen) throw nothingEnabled();
      return offerNow(state, chosen.strategyId, now, { line: chosen.line, log });
    }),

  start: ({ strategyId }) => locked((state, now) => offerNow(state, strategyId, now)),

  /**
   * Checks that notifications reach the person: the waiting nudge is shown again (nothing
   * new in the log), or, with none waiting, a new one is offered and shown.
   */
  testNudge: () =>
    locked(async (state, now) => {
      const health = await healthPatch(state, now);
      const waiting = waitingNudge(state);
      if (waiting) {
        // Cleared first: the browser would quietly update a notification still in its tray.
        await clearNotification(waiting.id);
        await settle(state, { patch: { ...health, current: { ...waiting, notified: false } } }, now);
        return { nudgeId: waiting.id };
      }
      const chosen = pick({ strategies: strategiesOf(state), settings: state.settings, log: state.log, now, random: Math.random });
      if (!chosen) throw nothingEnabled();
      return offerNow(state, chosen.strategyId, now, { line: chosen.line, notify: true, extra: health });
    }),

  saveSettings: ({ settings }) =>
    locked(async (state, now) => {
      const parsed = parseSettings(settings);
      if (!parsed.ok) throw new Error(say('errorSettingsNotSaved', [parsed.error]));
      const next = await replan(state, 'settings-changed', now, { settings: parsed.value });
      return { dueAt: next.schedule.dueAt };
    }),

  pause: ({ mode }) =>
    locked(async (state, now) => {
      const settings = { ...state.settings, pause: pauseOf(mode, now) };
      const next = await replan(state, 'settings-changed', now, { settings });
      return { dueAt: next.schedule.dueAt };
    }),

  dismissNotice: ({ id }) =>
    locked(async (state, now) => {
      await settle(state, { patch: { notices: state.notices.filter((n) => n.id !== id) } }, now);
      return null;
    }),

  addCustom: (input) =>
    locked(async (state, now) => {
      const added = addCustom(state.custom, input, now, Math.random);
      if (!added) throw new Error(say('errorCustomLimit', [String(MAX_CUSTOM)]));
      const { custom, id } = added;
      await settle(state, { patch: { custom } }, now);
      return { id };
    }),

  // settle clears the removed nudge's notification and repaints the badge.
  removeCustom: ({ id }) =>
    locked(async (state, now) => {
      await settle(state, { patch: removeCustom(state, id) }, now);
      return null;
    }),
};
