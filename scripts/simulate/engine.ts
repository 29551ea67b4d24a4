/**
 * Runs the real core over simulated time: a virtual clock, one alarm, a worker that keeps
 * nothing in memory between wakes, and a person who answers some nudges. Every decision
 * is the worker's own: wakes go through the core's `replan`, and the person's Done, Later,
 * Skip, Another one, Pause and closing a notification through the same transitions the
 * worker's command table calls (src/commands/). The property tests drive this same engine,
 * so the CLI shows exactly what the tests check.
 */
import { done, skip } from '../../src/commands/answer.ts';
import { notificationClosed } from '../../src/commands/closed.ts';
import { snooze } from '../../src/commands/snooze.ts';
import { another } from '../../src/commands/offer-now.ts';
import { pause, setPause } from '../../src/commands/pause.ts';
import { replan } from '../../src/commands/replan.ts';
import { refused, type Result, type Sensed } from '../../src/commands/world.ts';
import type { LogEvent } from '../../src/log/types.ts';
import type { Person } from '../../src/people/person.ts';
import { seeded } from '../../src/random.ts';
import type { ScheduleState } from '../../src/schedule/state.ts';
import type { WakeReason } from '../../src/schedule/types.ts';
import { pauseFor, pauseRestOfToday, PAUSE_UNTIL_RESUMED } from '../../src/settings/pause.ts';
import type { Pause, Settings } from '../../src/settings/types.ts';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import { alarmMoment } from '../../src/state/delivery.ts';
import type { CurrentNudge } from '../../src/state/types.ts';
import { coreOf, type Kind, type Strategy } from '../../src/strategies/types.ts';
import { addDays, localDateOf } from '../../src/time/local-date.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { localParts } from '../../src/time/zone.ts';
import type { Fault } from './faults.ts';
import { settleSim, type Machine } from './machine.ts';
import { liking, react, type Action, type Reaction, type Temperament } from './person.ts';
import { timeline, type Happening } from './timeline.ts';

export interface SimOptions {
  readonly start: number;
  readonly days: number;
  readonly timeZone: string;
  readonly seed: number;
  readonly settings: Settings;
  readonly strategies: readonly Strategy[];
  readonly faults?: readonly Fault[];
  /** How the person answers; by default, by how much they like each strategy. */
  readonly temperament?: Temperament;
  /** The People list at the start (issue 11); Done on a nudge that names someone records the contact. */
  readonly people?: readonly Person[];
}

export interface SimNudge {
  /** When the person saw it: the notification appeared, or the popup showed what they asked for. */
  readonly at: number;
  /** When the core counted it shown (its claim); later than `at` only after a killed worker. */
  readonly shownAt: number;
  readonly timeZone: string;
  readonly nudgeId: string;
  readonly strategyId: string;
  readonly kind: Kind;
  readonly catchUp: boolean;
  /** A snoozed nudge shown again. */
  readonly again: boolean;
  /** Asked for with "Another one": shown in the popup, outside the scheduler's promises. */
  readonly asked: boolean;
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
  readonly wakes: { at: number; reason: WakeReason; timeZone: string }[];
  /** When a worker died after claiming a nudge and before showing it (its retry shows it, if still due). */
  readonly lost: number[];
  /** When the machine or browser came back (sleep or restart ended). */
  readonly returns: number[];
  readonly paused: { from: number; until: number }[];
  /**
   * Moments where the one alarm broke its promise: none while a nudge is planned, or a
   * different one than a wake at that very moment would set.
   */
  readonly alarmProblems: string[];
  readonly log: readonly LogEvent[];
  readonly state: ScheduleState;
  /** Every contact the person's answers recorded (Done on a nudge that named someone), in order. */
  readonly contacts: { readonly at: number; readonly personId: string }[];
}

/** A small People list for the picker benchmark's reach-out nudges, added at `since`. */
export function samplePeople(since: number): readonly Person[] {
  return [
    { id: 'p1', name: 'Ana', rhythmDays: 7, contacts: [], addedAt: since, updatedAt: since },
    { id: 'p2', name: 'Ben', rhythmDays: 14, contacts: [], addedAt: since, updatedAt: since },
    { id: 'p3', name: 'Chloe', rhythmDays: 30, contacts: [], addedAt: since, updatedAt: since },
  ];
}

/** The same local wall time `days` later: a 120-day run from 1 January ends at midnight, DST or not. */
function daysLater(start: number, days: number, timeZone: string): number {
  const p = localParts(start, timeZone);
  const withinMinute = start - Math.floor(start / 60_000) * 60_000;
  return localToEpoch(addDays(localDateOf(start, timeZone), days), p.hour * 60 + p.minute, timeZone) + withinMinute;
}

/** A fault's pause as the core's `Pause` (the popup offers fewer; the simulator tries any length). */
function faultPause(minutes: number | 'rest-of-today' | 'until-resumed' | null, now: number, timeZone: string): Pause | null {
  if (minutes === null) return null;
  if (minutes === 'rest-of-today') return pauseRestOfToday(now, timeZone);
  if (minutes === 'until-resumed') return PAUSE_UNTIL_RESUMED;
  return pauseFor(now, minutes);
}

/** How many times in a row the simulated person asks for another one, at most. */
const MAX_PASSES_IN_A_ROW = 3;

export function simulate(options: SimOptions): SimResult {
  const end = daysLater(options.start, options.days, options.timeZone);
  const core = seeded(options.seed);
  const personRandom = seeded(options.seed ^ 0x5bd1e995);
  const happenings = timeline(options.faults ?? []);
  let timeZone = options.timeZone;
  let now = options.start;
  const people = { ...INITIAL_STATE.people, people: options.people ?? [] };
  const m: Machine = { state: { ...INITIAL_STATE, settings: options.settings, people }, alarmAt: null, notification: null, killNext: false };
  let asleep = 0;
  let down = 0;
  let startupOwed = false;
  const holds = { idle: 0, fullscreen: 0, audio: 0 };
  // In an object so the closures' writes are visible to the loop's narrowing.
  const person: { pending: { at: number; nudge: number; nudgeId: string; reaction: Reaction } | null; passes: number } = {
    pending: null,
    passes: 0,
  };
  const pauses: { open: { from: number; until: number } | null } = { open: null };
  const result: SimResult = {
    start: options.start, end, nudges: [], actions: [], wakes: [], lost: [], returns: [], paused: [], alarmProblems: [],
    log: [], state: m.state.schedule, contacts: [],
  };
  const seen = new Set<string>();
  const running = (): boolean => asleep === 0 && down === 0;
  // The picker's view of the library, as the worker's catalog gives it (no words).
  const library = options.strategies.map(coreOf);
  const world = (): Sensed => ({
    now, timeZone, random: core, library,
    holds: { idle: holds.idle > 0, fullscreen: holds.fullscreen > 0, audible: holds.audio > 0 },
    permission: null,
  });

  /** What the person sees, and their answer to it in a while. */
  const saw = (current: CurrentNudge, inPopup: boolean): void => {
    result.nudges.push({
      at: now, shownAt: current.shownAt, timeZone, nudgeId: current.id, strategyId: current.strategyId, kind: current.kind,
      catchUp: current.catchUp, again: seen.has(current.id), asked: current.asked,
      ...(current.personId === undefined ? {} : { personId: current.personId }),
    });
    seen.add(current.id);
    const index = result.nudges.length - 1;
    const reacted = react(liking(options.seed, current.strategyId), personRandom, inPopup, options.temperament);
    // Nobody asks for another one forever: after a few in a row they take what they got.
    const reaction: Reaction = reacted.action === 'another' && person.passes >= MAX_PASSES_IN_A_ROW ? { action: 'ignore', afterMinutes: 0 } : reacted;
    person.passes = reaction.action === 'another' ? person.passes + 1 : 0;
    result.actions.push({ nudge: index, action: reaction.action, at: null });
    dropPending(); // a new nudge replaces the old one on screen
    person.pending = reaction.action === 'ignore' ? null : { at: now + reaction.afterMinutes * 60_000, nudge: index, nudgeId: current.id, reaction };
  };

  /** The worker obeys an outcome, as background/perform.ts does; then the one alarm is checked. */
  const obey = (outcome: Result<unknown>, why: string, command = true): void => {
    if (refused(outcome)) return;
    const before = m.state.current?.id;
    const settled = settleSim(m, outcome, now, timeZone);
    if (settled.killed) result.lost.push(now);
    if (settled.delivered) saw(settled.delivered, false);
    const current = m.state.current;
    if (current && current.asked && current.id !== before) saw(current, true);
    if (!settled.killed) checkAlarm(why, command);
  };

  /**
   * The one alarm: set whenever a nudge is planned; and after a command, where a wake at
   * that very moment would leave it — the command left the plan as the scheduler would have
   * it, and the alarm at the plan (or the waiting nudge's expiry, when that comes first).
   */
  const checkAlarm = (why: string, command: boolean): void => {
    const { dueAt } = m.state.schedule;
    if (dueAt !== null && m.alarmAt === null) result.alarmProblems.push(`${why} at ${now}: a nudge is planned but no alarm is set`);
    if (!command) return;
    const again = replan(m.state, 'alarm', { ...world(), random: seeded(1) });
    if (again.patch.current !== undefined && again.patch.current?.id !== m.state.current?.id) {
      result.alarmProblems.push(`${why} at ${now}: a wake right after would change the nudge on offer`);
    }
    // A wake that would re-plan (the zone changed unseen, say) moves the alarm itself.
    if (JSON.stringify(again.patch.schedule) !== JSON.stringify(m.state.schedule)) return;
    const expected = alarmMoment(m.state, again.alarmAt, timeZone);
    if (m.alarmAt !== expected) result.alarmProblems.push(`${why} at ${now}: the alarm is at ${m.alarmAt}, the plan says ${expected}`);
  };

  const runWake = (reason: WakeReason): void => {
    result.wakes.push({ at: now, reason, timeZone });
    obey({ ...replan(m.state, reason, world()), reply: null }, reason, false);
  };

  const dropPending = (): void => {
    if (person.pending) {
      const a = result.actions[person.pending.nudge];
      if (a) a.action = 'ignore';
    }
    person.pending = null;
  };

  /** The person presses a button (or closes the notification): the worker's own transition. */
  const act = (p: NonNullable<typeof person.pending>): void => {
    const a = result.actions[p.nudge];
    if (!a) return;
    a.at = now;
    result.wakes.push({ at: now, reason: 'command', timeZone });
    const { action, mode } = p.reaction;
    if (action === 'ignore') return;
    const before = m.state.people;
    obey(pressed(action, p.nudgeId, mode ?? 'hour'), action);
    if (m.state.people !== before) noteContacts(before.people);
    if (action === 'pause') notePause(m.state.settings.pause);
  };

  const pressed = (action: Exclude<Action, 'ignore'>, nudgeId: string, mode: 'hour' | 'today'): Result<unknown> => {
    const payload = { nudgeId };
    switch (action) {
      case 'done':
        return done(m.state, payload, world());
      case 'skip':
        return skip(m.state, payload, world());
      case 'snooze':
        return snooze(m.state, payload, world());
      case 'another':
        return another(m.state, payload, world());
      case 'dismiss':
        return notificationClosed(m.state, { ...payload, byUser: true }, world());
      case 'pause':
        return pause(m.state, { mode }, world());
    }
  };

  /** The contacts a command recorded, as people whose newest contact changed. */
  const noteContacts = (before: readonly Person[]): void => {
    for (const person of m.state.people.people) {
      const was = before.find((p) => p.id === person.id)?.contacts.at(-1)?.at;
      const last = person.contacts.at(-1)?.at;
      if (last !== undefined && last !== was) result.contacts.push({ at: last, personId: person.id });
    }
  };

  const notePause = (pause: Pause | null): void => {
    const { open } = pauses;
    if (open) result.paused.push({ from: open.from, until: Math.min(open.until, now) });
    pauses.open = pause ? { from: now, until: pause.until === 'resume' ? Infinity : pause.until } : null;
  };

  // Nobody can click the popup of a sleeping machine or a closed browser: callers check.
  const changePause = (minutes: number | 'rest-of-today' | 'until-resumed' | null): void => {
    const chosen = faultPause(minutes, now, timeZone);
    result.wakes.push({ at: now, reason: 'settings-changed', timeZone });
    obey(setPause(m.state, chosen, world()), 'pause');
    notePause(chosen);
  };

  const happen = (h: Happening): void => {
    switch (h.type) {
      case 'sleep-start':
      case 'down-start':
        if (h.type === 'sleep-start') asleep++;
        else {
          down++;
          // The browser forgets its alarms and notifications.
          m.alarmAt = null;
          m.notification = null;
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
        m.killNext = true;
        break;
      case 'timezone':
        timeZone = h.timeZone;
        break;
      case 'idle-start':
      case 'idle-end':
        holds.idle += h.type === 'idle-start' ? 1 : -1;
        if (running() && h.type === 'idle-end' && holds.idle === 0) runWake('idle-changed');
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
    const tAlarm = running() && m.alarmAt !== null ? Math.max(m.alarmAt, now) : Infinity;
    const { pending } = person;
    const tAction = running() && pending ? pending.at : Infinity;
    const t = Math.min(tHappening, tAlarm, tAction);
    if (t >= end) break;
    now = t;
    if (h && t === tHappening) {
      next++;
      happen(h);
    } else if (t === tAlarm) {
      m.alarmAt = null;
      runWake('alarm');
    } else if (pending) {
      person.pending = null;
      act(pending);
    }
  }
  const { open } = pauses;
  if (open) result.paused.push({ from: open.from, until: Math.min(open.until, end) });
  return { ...result, log: m.state.log, state: m.state.schedule };
}
