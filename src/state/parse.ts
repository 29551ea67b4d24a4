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
  /** Plain words for the person (English); the worker shows `messageKey` where it is translated. */
  readonly message: string;
  /** The _locales key of the same words, with its substitutions. */
  readonly messageKey: string;
  readonly substitutions: readonly string[];
}

export interface ParsedState {
  readonly state: State;
  readonly repairs: Repair[];
  /** Slices read from an older shape (settings migrated): the worker writes them back. */
  readonly upgraded: StateKey[];
}

export function parseState(raw: Readonly<Record<string, unknown>>): ParsedState {
  const repairs: Repair[] = [];
  const upgraded: StateKey[] = [];
  const settings = readSettings(raw['settings'], repairs, upgraded);
  const log = readLog(raw['log'], repairs);
  const custom = readCustom(raw['custom'], repairs);
  const state: State = {
    settings,
    log,
    custom,
    schedule: raw['schedule'] === undefined ? INITIAL_STATE.schedule : parseScheduleState(raw['schedule']),
    current: readCurrent(raw['current']),
    notices: readNotices(raw['notices']),
    health: readHealth(raw['health']),
  };
  return { state, repairs, upgraded };
}

/** Health is re-learned on every wake, so a bad copy is simply replaced. */
function readHealth(raw: unknown): State['health'] {
  const result = v.safeParse(HealthSchema, raw);
  return result.success ? result.output : INITIAL_STATE.health;
}

function readSettings(raw: unknown, repairs: Repair[], upgraded: StateKey[]): State['settings'] {
  if (raw === undefined) return INITIAL_STATE.settings;
  const result = parseSettings(raw);
  if (result.ok) {
    if (result.migrated) upgraded.push('settings');
    return result.value;
  }
  repairs.push({
    key: 'settings',
    message: `Your settings could not be read (${result.error}), so Tend went back to its defaults. A copy of the old settings is kept in storage.`,
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
      message: 'Your nudge history could not be read, so it starts afresh. A copy of the old one is kept in storage.',
      messageKey: 'noticeLogReset',
      substitutions: [],
    });
    return INITIAL_STATE.log;
  }
  const { events, dropped } = parseLog(raw);
  if (dropped > 0) {
    repairs.push({
      key: 'log',
      message: `${dropped === 1 ? 'One entry' : `${dropped} entries`} of your nudge history could not be read and ${dropped === 1 ? 'was' : 'were'} set aside. A copy is kept in storage.`,
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
      message: 'Some of your own strategies could not be read and were set aside. A copy is kept in storage.',
      messageKey: 'noticeCustomSetAside',
      substitutions: [],
    });
  }
  return good;
}

function readCurrent(raw: unknown): CurrentNudge | null {
  if (raw === undefined || raw === null) return null;
  const result = v.safeParse(CurrentNudgeSchema, raw);
  if (!result.success) return null;
  const { personId, ...rest } = result.output;
  return personId === undefined ? rest : { ...rest, personId };
}

function readNotices(raw: unknown): readonly Notice[] {
  const result = v.safeParse(v.array(NoticeSchema), raw);
  return result.success ? result.output : INITIAL_STATE.notices;
}
