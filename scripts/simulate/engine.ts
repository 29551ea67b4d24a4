/**
 * Runs the real core over simulated time: a virtual clock, one alarm, a worker that keeps
 * nothing in memory between wakes, and a person who answers some nudges. The property
 * tests drive this same engine, so the CLI shows exactly what the tests check.
 */
import { appendEvent, newNudgeId } from '../../src/log/append.ts';
import type { LogEvent } from '../../src/log/types.ts';
import type { Person } from '../../src/people/types.ts';
import { pick } from '../../src/pick/pick.ts';
import { seeded } from '../../src/random.ts';
import { snooze } from '../../src/schedule/commands.ts';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from '../../src/schedule/state.ts';
import type { WakeReason } from '../../src/schedule/types.ts';
import { wake } from '../../src/schedule/wake.ts';
import { pauseFor, pauseRestOfToday, PAUSE_UNTIL_RESUMED, withPause } from '../../src/settings/pause.ts';
import type { Settings } from '../../src/settings/types.ts';
import type { Kind, Strategy } from '../../src/strategies/types.ts';
import { addDays, localDateOf } from '../../src/time/local-date.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { localParts } from '../../src/time/zone.ts';
import type { Fault } from './faults.ts';
import { liking, react, type Action } from './person.ts';
import { timeline, type Happening } from './timeline.ts';

export interface SimOptions {
  readonly start: number;
  readonly days: number;
  readonly timeZone: string;
  readonly seed: number;
  readonly settings: Settings;
  readonly strategies: readonly Strategy[];
  readonly faults?: readonly Fault[];
  readonly people?: readonly Person[];
}

export interface SimNudge {
  readonly at: number;
  readonly timeZone: string;
  readonly nudgeId: string;
  readonly strategyId: string;
  readonly kind: Kind;
  readonly catchUp: boolean;
  readonly again: boolean;
  readonly personId?: string;
}

export interface SimAction {
  readonly nudge: number;
  action: Action;
  at: number | null;
}

export interface SimResult {
  readonly start: number;
  readonly end: number;
  readonly nudges: SimNudge[];
  readonly actions: SimAction[];
  readonly wakes: { at: number; reason: WakeReason | 'snooze-command'; timeZone: string }[];
  /** Claimed by a worker that died before showing them. */
  readonly lost: number[];
  /** When the machine or browser came back (sleep or restart ended). */
  readonly returns: number[];
  readonly paused: { from: number; until: number }[];
  readonly log: LogEvent[];
  readonly state: ScheduleState;
}

export const SAMPLE_PEOPLE: readonly Person[] = [
  { id: 'p1', name: 'Ana', everyDays: 7, lastContactAt: null },
  { id: 'p2', name: 'Ben', everyDays: 14, lastContactAt: null },
  { id: 'p3', name: 'Chloe', everyDays: 30, lastContactAt: null },
];

/** The same local wall time `days` later: a 120-day run from 1 January ends at midnight, DST or not. */
function daysLater(start: number, days: number, timeZone: string): number {
  const p = localParts(start, timeZone);
  const withinMinute = start - Math.floor(start / 60_000) * 60_000;
  return localToEpoch(addDays(localDateOf(start, timeZone), days), p.hour * 60 + p.minute, timeZone) + withinMinute;
}

export function simulate(options: SimOptions): SimResult {
  const end = daysLater(options.start, options.days, options.timeZone);
  const core = seeded(options.seed);
  const personRandom = seeded(options.seed ^ 0x5bd1e995);
  const happenings = timeline(options.faults ?? []);
  let people = [...(options.people ?? SAMPLE_PEOPLE)];
  let settings = options.settings;
  let timeZone = options.timeZone;
  let now = options.start;
  // Closures below mutate these; one object keeps TypeScript's narrowing honest.
  const w: { state: ScheduleState; log: LogEvent[]; alarmAt: number | null } = {
    state: INITIAL_SCHEDULE_STATE,
    log: [],
    alarmAt: null,
  };
  let asleep = 0;
  let down = 0;
  let startupOwed = false;
  let killNext = false;
  const holds = { idle: 0, fullscreen: 0, audio: 0 };
  // In an object so the closures' writes are visible to the loop's narrowing.
  const person: { pending: { at: number; nudge: number; action: Action } | null } = { pending: null };
  const pauses: { open: { from: number; until: number } | null } = { open: null };
  const result: SimResult = {
    start: options.start, end, nudges: [], actions: [], wakes: [], lost: [], returns: [], paused: [], log: w.log, state: w.state,
  };
  const running = (): boolean => asleep === 0 && down === 0;
  const log1 = (e: LogEvent): void => {
    w.log = appendEvent(w.log, e, now);
  };

  const runWake = (reason: WakeReason): void => {
    result.wakes.push({ at: now, reason, timeZone });
    const r = wake({
      settings, state: w.state, log: w.log, now, timeZone, random: core, reason,
      holds: { idle: holds.idle > 0, fullscreen: holds.fullscreen > 0, audible: holds.audio > 0 },
    });
    w.state = r.state; // saved before showing: the claim
    w.alarmAt = r.alarmAt;
    if (!r.show) return;
    if (killNext) {
      killNext = false;
      result.lost.push(now);
      return;
    }
    const previous = result.nudges[result.nudges.length - 1];
    let nudge: SimNudge;
    if (r.show.again && previous) {
      nudge = { ...previous, at: now, timeZone, catchUp: r.show.catchUp, again: true };
    } else {
      const chosen = pick({ strategies: options.strategies, settings, log: w.log, people, now, random: core });
      if (!chosen) return;
      const strategy = options.strategies.find((s) => s.id === chosen.strategyId)!;
      const nudgeId = newNudgeId(now, core);
      const named = chosen.personId === undefined ? {} : { personId: chosen.personId };
      nudge = { at: now, timeZone, nudgeId, strategyId: strategy.id, kind: strategy.kind, catchUp: r.show.catchUp, again: false, ...named };
      log1({
        at: now, type: 'shown', nudgeId, strategyId: strategy.id, kind: strategy.kind, line: chosen.line,
        ...(r.show.catchUp ? { catchUp: true as const } : {}), ...named,
      });
    }
    result.nudges.push(nudge);
    const index = result.nudges.length - 1;
    const reaction = react(liking(options.seed, nudge.strategyId), personRandom);
    result.actions.push({ nudge: index, action: reaction.action, at: null });
    dropPending(); // a new nudge replaces the old one on screen
    person.pending = reaction.action === 'ignore' ? null : { at: now + reaction.afterMinutes * 60_000, nudge: index, action: reaction.action };
  };

  const dropPending = (): void => {
    if (person.pending) {
      const a = result.actions[person.pending.nudge];
      if (a) a.action = 'ignore';
    }
    person.pending = null;
  };

  const act = (p: { nudge: number; action: Action }): void => {
    const n = result.nudges[p.nudge];
    const a = result.actions[p.nudge];
    if (!n || !a) return;
    a.at = now;
    const base = { at: now, nudgeId: n.nudgeId, strategyId: n.strategyId, kind: n.kind };
    if (p.action === 'done') {
      log1({ ...base, type: 'done' });
      if (n.personId !== undefined) people = people.map((x) => (x.id === n.personId ? { ...x, lastContactAt: now } : x));
    } else if (p.action === 'skip') {
      log1({ ...base, type: 'skipped' });
    } else if (p.action === 'snooze') {
      log1({ ...base, type: 'snoozed' });
      result.wakes.push({ at: now, reason: 'snooze-command', timeZone });
      const r = snooze({ settings, state: w.state, log: w.log, now, timeZone, random: core });
      w.state = r.state;
      w.alarmAt = r.alarmAt;
    }
  };

  // Nobody can click the popup of a sleeping machine or a closed browser: callers check.
  const changePause = (minutes: number | 'rest-of-today' | 'until-resumed' | null): void => {
    const { open } = pauses;
    if (open) result.paused.push({ from: open.from, until: Math.min(open.until, now) });
    const pause =
      minutes === null
        ? null
        : minutes === 'rest-of-today'
          ? pauseRestOfToday(now, timeZone)
          : minutes === 'until-resumed'
            ? PAUSE_UNTIL_RESUMED
            : pauseFor(now, minutes);
    settings = withPause(settings, pause);
    pauses.open = pause ? { from: now, until: pause.until === 'resume' ? Infinity : pause.until } : null;
    runWake('settings-changed');
  };

  const happen = (h: Happening): void => {
    switch (h.type) {
      case 'sleep-start':
      case 'down-start':
        if (h.type === 'sleep-start') asleep++;
        else {
          down++;
          w.alarmAt = null; // the browser forgets its alarms
        }
        dropPending();
        break;
      case 'sleep-end':
        asleep--;
        if (running()) result.returns.push(now);
        if (running() && startupOwed) {
          startupOwed = false;
          runWake('startup');
        }
        break;
      case 'down-end':
        down--;
        if (down === 0) startupOwed = true;
        if (running()) {
          result.returns.push(now);
          startupOwed = false;
          runWake('startup');
        }
        break;
      case 'kill':
        killNext = true;
        break;
      case 'timezone':
        timeZone = h.timeZone;
        break;
      case 'idle-start':
      case 'idle-end':
        holds.idle += h.type === 'idle-start' ? 1 : -1;
        if (running()) runWake('idle-changed');
        break;
      case 'fullscreen-start':
      case 'fullscreen-end':
        holds.fullscreen += h.type === 'fullscreen-start' ? 1 : -1;
        break;
      case 'audio-start':
      case 'audio-end':
        holds.audio += h.type === 'audio-start' ? 1 : -1;
        break;
      case 'pause':
      case 'resume':
        if (running()) changePause(h.type === 'resume' ? null : h.minutes);
        break;
    }
  };

  runWake('installed');
  let next = 0;
  for (;;) {
    const h = happenings[next];
    const tHappening = h?.at ?? Infinity;
    const tAlarm = running() && w.alarmAt !== null ? Math.max(w.alarmAt, now) : Infinity;
    const { pending } = person;
    const tAction = running() && pending ? pending.at : Infinity;
    const t = Math.min(tHappening, tAlarm, tAction);
    if (t >= end) break;
    now = t;
    if (h && t === tHappening) {
      next++;
      happen(h);
    } else if (t === tAlarm) {
      w.alarmAt = null;
      runWake('alarm');
    } else if (pending) {
      person.pending = null;
      act(pending);
    }
  }
  const { open } = pauses;
  if (open) result.paused.push({ from: open.from, until: Math.min(open.until, end) });
  return { ...result, log: w.log, state: w.state };
}
