/**
 * Stored state, read back through schemas. Anything that fails is replaced by its default
 * and reported as a repair, so the worker can keep a backup copy and tell the person once.
 * Derived slices (schedule, current nudge, notices) are rebuilt silently; what the person
 * made (settings, history, their own strategies) is never dropped without a word.
 */
import * as v from 'valibot';
import { parseLog } from '../log/parse.ts';
import { parseScheduleState } from '../schedule/state.ts';
import { parseSettings } from '../settings/parse.ts';
import type { Strategy } from '../strategies/types.ts';
import { INITIAL_STATE } from './defaults.ts';
import { CurrentNudgeSchema, CustomStrategySchema, HealthSchema, NoticeSchema } from './schemas.ts';
import type { CurrentNudge, Notice, State, StateKey } from './types.ts';

export interface Repair {
  readonly key: StateKey;
  /** The _locales key of the plain words that tell the person, with its substitutions. */
  readonly messageKey: string;
  readonly substitutions: readonly string[];
}

export interface ParsedState {
  readonly state: State;
  readonly repairs: Repair[];
  /**
   * Slices to write back without a word: settings migrated from an older version, and
   * derived slices rebuilt because their stored copy was unreadable.
   */
  readonly rewrite: StateKey[];
}

export function parseState(raw: Readonly<Record<string, unknown>>): ParsedState {
  const repairs: Repair[] = [];
  const rewrite: StateKey[] = [];
  const settings = readSettings(raw['settings'], repairs, rewrite);
  const log = readLog(raw['log'], repairs);
  const custom = readCustom(raw['custom'], repairs);
  const derived = <K extends StateKey>(key: K, read: (value: unknown) => State[K] | undefined): State[K] => {
    const value = raw[key];
    if (value === undefined) return INITIAL_STATE[key];
    const parsed = read(value);
    if (parsed !== undefined) return parsed;
    rewrite.push(key);
    return INITIAL_STATE[key];
  };
  const state: State = {
    settings,
    log,
    custom,
    schedule: derived('schedule', readSchedule),
    current: derived('current', readCurrent),
    notices: derived('notices', readNotices),
    health: derived('health', readHealth),
  };
  return { state, repairs, rewrite };
}

// Derived slices: rebuilt without a word when unreadable (undefined), since the worker
// re-plans the schedule, the log keeps every nudge, and health is re-learned on each wake.

function readSchedule(raw: unknown): State['schedule'] | undefined {
  const parsed = parseScheduleState(raw);
  return parsed === INITIAL_STATE.schedule ? undefined : parsed;
}

function readHealth(raw: unknown): State['health'] | undefined {
  const result = v.safeParse(HealthSchema, raw);
  return result.success ? result.output : undefined;
}

function readSettings(raw: unknown, repairs: Repair[], rewrite: StateKey[]): State['settings'] {
  if (raw === undefined) return INITIAL_STATE.settings;
  const result = parseSettings(raw);
  if (result.ok) {
    if (result.migrated) rewrite.push('settings');
    return result.value;
  }
  repairs.push({
    key: 'settings',
    messageKey: 'noticeSettingsReset',
    substitutions: [result.error],
  });
  return INITIAL_STATE.settings;
}

function readLog(raw: unknown, repairs: Repair[]): State['log'] {
  if (raw === undefined) return INITIAL_STATE.log;
  if (!Array.isArray(raw)) {
    repairs.push({
      key: 'log',
      messageKey: 'noticeLogReset',
      substitutions: [],
    });
    return INITIAL_STATE.log;
  }
  const { events, dropped } = parseLog(raw);
  if (dropped > 0) {
    repairs.push({
      key: 'log',
      messageKey: dropped === 1 ? 'noticeLogDroppedOne' : 'noticeLogDroppedMany',
      substitutions: [String(dropped)],
    });
  }
  return events;
}

function readCustom(raw: unknown, repairs: Repair[]): readonly Strategy[] {
  if (raw === undefined) return INITIAL_STATE.custom;
  const items: unknown[] = Array.isArray(raw) ? raw : [];
  const good = items.flatMap((item) => {
    const result = v.safeParse(CustomStrategySchema, item);
    return result.success ? [result.output] : [];
  });
  if (!Array.isArray(raw) || good.length < items.length) {
    repairs.push({
      key: 'custom',
      messageKey: 'noticeCustomSetAside',
      substitutions: [],
    });
  }
  return good;
}

function readCurrent(raw: unknown): CurrentNudge | null | undefined {
  if (raw === null) return null;
  const result = v.safeParse(CurrentNudgeSchema, raw);
  if (!result.success) return undefined;
  const { personId, ...rest } = result.output;
  return personId === undefined ? rest : { ...rest, personId };
}

function readNotices(raw: unknown): readonly Notice[] | undefined {
  const result = v.safeParse(v.array(NoticeSchema), raw);
  return result.success ? result.output : undefined;
}
