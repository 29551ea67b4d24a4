/**
 * Stored state, read back through schemas. Anything that fails is replaced by its default
 * and reported as a repair, so the worker can keep a backup copy and tell the person once.
 * Derived slices (schedule, current nudge, notices, health) are rebuilt silently; what the
 * person made (settings, history, their own strategies) is never dropped without a word.
 * Each slice is judged alone: one unreadable slice never costs another its contents.
 */
import * as v from 'valibot';
import type { MessageKey, PluralKey } from '../i18n/message-key.ts';
import { parseFeltAnswers } from '../journal/felt.ts';
import { parseLog, parseLogSummary } from '../log/parse.ts';
import { parsePeople } from '../people/parse.ts';
import { parseScheduleState } from '../schedule/parse.ts';
import { rebuiltScheduleState } from '../schedule/state.ts';
import { parseSettings } from '../settings/parse.ts';
import type { Strategy } from '../strategies/types.ts';
import { INITIAL_STATE } from './defaults.ts';
import { CurrentNudgeSchema, CustomStrategySchema, HealthSchema, NoticeSchema } from './schemas.ts';
import type { CurrentNudge, Notice, State, StateKey } from './types.ts';

/** A notice's _locales key that has a `…NoCopy` twin, said when no copy could be kept. */
export type RepairKey = { [K in MessageKey]: `${K}NoCopy` extends MessageKey ? K : never }[MessageKey];
/** The same for a count worded by plural rules (`noticeLogDropped` → `noticeLogDroppedNoCopy_one`…). */
export type PluralRepairKey = { [K in PluralKey]: `${K}NoCopy` extends PluralKey ? K : never }[PluralKey];

/**
 * The words that tell the person, as _locales keys and substitutions (the worker words them
 * in the person's language, background/i18n.ts). They say a copy of the unreadable data is
 * kept; the `…NoCopy` twin says the same when none could be (too large, or no room).
 */
export type Repair = { readonly key: StateKey; readonly substitutions: readonly string[] } & (
  | { readonly messageKey: RepairKey }
  /** A count: `$1` is `count`, worded by the language's plural rules; `substitutions` follow. */
  | { readonly pluralKey: PluralRepairKey; readonly count: number }
);

export interface ParsedState {
  readonly state: State;
  readonly repairs: Repair[];
  /**
   * Slices to write back without a word: settings migrated from an older version, and
   * derived slices rebuilt because their stored copy was unreadable.
   */
  readonly rewrite: StateKey[];
}

/**
 * `now` stamps what an older people list never recorded (src/people/migrations.ts); without
 * it (tests of other slices) such a list cannot be carried forward and is repaired.
 */
/**
 * Reads the journal slice (parse-journal.ts). Only the journal's own readers pass it, so
 * its schema stays out of what a wake and the popup's first paint load.
 */
export type JournalReader = (raw: unknown, repairs: Repair[], rewrite: StateKey[]) => State['journal'];

export function parseState(raw: Readonly<Record<string, unknown>>, now?: number, journal?: JournalReader): ParsedState {
  const repairs: Repair[] = [];
  const rewrite: StateKey[] = [];
  const settings = readSettings(raw['settings'], repairs, rewrite);
  const log = readLog(raw['log'], repairs);
  const logSummary = readLogSummary(raw['logSummary'], repairs);
  const custom = readCustom(raw['custom'], repairs);
  const derived = <K extends StateKey>(key: K, read: (value: unknown) => State[K] | undefined): State[K] => {
    const value = raw[key];
    if (value === undefined) return INITIAL_STATE[key];
    const parsed = read(value);
    if (parsed !== undefined) return parsed;
    rewrite.push(key);
    return INITIAL_STATE[key];
  };
  const current = derived('current', readCurrent);
  const schedule = derived('schedule', readSchedule);
  const state: State = {
    settings,
    log,
    logSummary,
    custom,
    // A plan rebuilt from nothing would forget a nudge put off with Later, and a new one
    // would take its place: the nudge on offer says itself when it comes back.
    schedule: rewrite.includes('schedule') ? rebuiltScheduleState(current?.snoozedUntil ?? null) : schedule,
    current,
    notices: readNotices(raw['notices'], rewrite),
    health: derived('health', readHealth),
    journal: raw['journal'] === undefined ? INITIAL_STATE.journal : mustRead(journal)(raw['journal'], repairs, rewrite),
    felt: readFelt(raw['felt'], repairs),
    people: readPeople(raw['people'], repairs, rewrite, now),
  };
  return { state, repairs, rewrite };
}

/** A stored journal read without its reader would come back empty and be written over: refuse. */
function mustRead(journal: JournalReader | undefined): JournalReader {
  if (!journal) throw new Error('The journal was read without its reader (src/state/parse-journal.ts)');
  return journal;
}

// Derived slices: rebuilt without a word when unreadable (undefined), since the worker
// re-plans the schedule, the log keeps every nudge, and health is re-learned on each wake.
// Notices are read one by one: a bad one must not take the others (say, the news that the
// settings were reset) with it.

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
    // The field, not why: the code is for the page that words it, and no page shows this one.
    substitutions: [result.path || 'settings'],
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
      pluralKey: 'noticeLogDropped',
      count: dropped,
      substitutions: [],
    });
  }
  return events;
}

/**
 * What the picker learned from older answers: it cannot be rebuilt without reading months of
 * history, so an unreadable one starts afresh with a word and a kept copy; the history itself
 * is untouched.
 */
function readLogSummary(raw: unknown, repairs: Repair[]): State['logSummary'] {
  if (raw === undefined) return INITIAL_STATE.logSummary;
  const summary = parseLogSummary(raw);
  if (summary) return summary;
  repairs.push({ key: 'logSummary', messageKey: 'noticeLogSummaryReset', substitutions: [] });
  return INITIAL_STATE.logSummary;
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

/** After-Done answers: one bad answer never costs the others; a dropped one is said once. */
function readFelt(raw: unknown, repairs: Repair[]): State['felt'] {
  if (raw === undefined) return INITIAL_STATE.felt;
  const { answers, dropped } = parseFeltAnswers(raw);
  if (!Array.isArray(raw) || dropped > 0) {
    repairs.push({ key: 'felt', messageKey: 'journal_noticeFeltReset', substitutions: [] });
  }
  return answers;
}

/**
 * The people in the person's corner are theirs: an unreadable list is reset with a copy kept
 * and a notice; an older one is
 * migrated and written back quietly.
 */
function readPeople(raw: unknown, repairs: Repair[], rewrite: StateKey[], now: number | undefined): State['people'] {
  if (raw === undefined) return INITIAL_STATE.people;
  const result = parsePeople(raw, now ?? 0);
  if (!result.ok) {
    repairs.push({ key: 'people', messageKey: 'people_noticeReset', substitutions: [] });
    return INITIAL_STATE.people;
  }
  if (result.migrated) rewrite.push('people');
  return result.value;
}

function readCurrent(raw: unknown): CurrentNudge | null | undefined {
  if (raw === null) return null;
  const result = v.safeParse(CurrentNudgeSchema, raw);
  if (!result.success) return undefined;
  const { personId, ...rest } = result.output;
  return personId === undefined ? rest : { ...rest, personId };
}

function readNotices(raw: unknown, rewrite: StateKey[]): readonly Notice[] {
  if (raw === undefined) return INITIAL_STATE.notices;
  const items: unknown[] = Array.isArray(raw) ? raw : [];
  const good = items.flatMap((item): Notice[] => {
    const result = v.safeParse(NoticeSchema, item);
    if (!result.success) return [];
    const { backupKey, ...rest } = result.output;
    return [backupKey === undefined ? rest : { ...rest, backupKey }];
  });
  if (!Array.isArray(raw) || good.length < items.length) rewrite.push('notices');
  return good;
}
