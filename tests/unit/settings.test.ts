import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MIGRATIONS,
  PAUSE_UNTIL_RESUMED,
  SETTINGS_VERSION,
  migrate,
  parseSettings,
  pauseFor,
  pauseRestOfToday,
  pausedUntil,
  withPause,
} from '../../src/settings/index.ts';
import { DEFAULT_KIND_WEIGHTS } from '../../src/settings/defaults.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import { at, HOUR, local } from '../support/sim-clock.ts';

/** The defaults as a file would hold them: plain JSON, nothing frozen. */
const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Record<string, unknown>;

/** A copy of `record` without `key`, as a file that lost a field would be. */
const without = (record: unknown, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record as Record<string, unknown>).filter(([k]) => k !== key));

/** A refusal as `path: code` ("" path: the whole object); the page words the code. */
const errorOf = (raw: unknown): string => {
  const r = parseSettings(raw);
  if (r.ok) throw new Error('expected the settings to be rejected');
  return `${r.path}: ${r.code}`;
};

describe('settings: defaults', () => {
  it('the defaults pass their own schema unchanged and need no migration', () => {
    const r = parseSettings(DEFAULT_SETTINGS);
    expect(r).toEqual({ ok: true, value: DEFAULT_SETTINGS, migrated: false });
  });

  it('the defaults are a few nudges a day: every ~2 h, at most 4, 09:00–21:00 every day, every kind on', () => {
    expect(DEFAULT_SETTINGS.intervalMinutes).toBe(120);
    expect(DEFAULT_SETTINGS.dailyCap).toBe(4);
    expect(DEFAULT_SETTINGS.snoozeMinutes).toBe(30);
    expect(DEFAULT_SETTINGS.minGapMinutes).toBeLessThanOrEqual(DEFAULT_SETTINGS.intervalMinutes);
    for (const day of WEEKDAYS) expect(DEFAULT_SETTINGS.activeHours[day]).toEqual([{ start: '09:00', end: '21:00' }]);
    for (const kind of KINDS) expect(DEFAULT_SETTINGS.kinds[kind]).toEqual({ enabled: true, weight: DEFAULT_KIND_WEIGHTS[kind] });
    expect(DEFAULT_SETTINGS.pause).toBeNull();
  });

  it('the defaults survive a JSON round trip through storage', () => {
    expect(parseSettings(stored())).toEqual({ ok: true, value: DEFAULT_SETTINGS, migrated: false });
  });
});

describe('settings: invalid data is rejected with a code and the field path', () => {
  it.each([
    ['intervalMinutes', 29, 'intervalMinutes: outOfRange'],
    ['intervalMinutes', 481, 'intervalMinutes: outOfRange'],
    ['intervalMinutes', 90.5, 'intervalMinutes: notWhole'],
    ['intervalMinutes', '120', 'intervalMinutes: wrongType'],
    ['dailyCap', 0, 'dailyCap: outOfRange'],
    ['spread', 0.9, 'spread: outOfRange'],
    ['snoozeMinutes', 1, 'snoozeMinutes: outOfRange'],
    ['pause', { until: 'tomorrow' }, 'pause.until: wrongType'],
    ['pause', { until: 1e16 }, 'pause.until: outOfRange'],
    ['pause', { until: 1_750_000_000_000.5 }, 'pause.until: notWhole'],
    ['holds', { idle: true }, 'holds.fullscreen: missing'],
  ])('%s = %j is rejected', (field, value, message) => {
    expect(errorOf({ ...stored(), [field]: value })).toBe(message);
  });

  it('a minimum gap longer than the interval is impossible, and the message says which field', () => {
    const error = errorOf({ ...stored(), intervalMinutes: 60, minGapMinutes: 90 });
    expect(error).toBe('minGapMinutes: gapOverInterval');
  });

  it('a range whose start equals its end is impossible (it would be empty or the whole day)', () => {
    const hours = { ...(stored()['activeHours'] as object), wed: [{ start: '09:00', end: '09:00' }] };
    expect(errorOf({ ...stored(), activeHours: hours })).toBe('activeHours.wed[0]: sameTime');
  });

  it('a malformed time names the weekday, the range and the edge', () => {
    const hours = { ...(stored()['activeHours'] as object), mon: [{ start: '9:00', end: '21:00' }] };
    expect(errorOf({ ...stored(), activeHours: hours })).toBe('activeHours.mon[0].start: badTime');
    const late = { ...(stored()['activeHours'] as object), sun: [{ start: '09:00', end: '24:00' }] };
    expect(errorOf({ ...stored(), activeHours: late })).toBe('activeHours.sun[0].end: badTime');
  });

  it('a missing weekday is reported as missing', () => {
    const hours = without(stored()['activeHours'], 'fri');
    expect(errorOf({ ...stored(), activeHours: hours })).toBe('activeHours.fri: missing');
  });

  it('a kind weight out of bounds names the kind', () => {
    const kinds = { ...(stored()['kinds'] as object), calm: { enabled: true, weight: 0 } };
    expect(errorOf({ ...stored(), kinds })).toBe('kinds.calm.weight: outOfRange');
  });

  it('a missing field in an import-shaped object (parsed from a file) is named', () => {
    const imported = JSON.parse(JSON.stringify({ ...DEFAULT_SETTINGS, dailyCap: undefined })) as unknown;
    expect(errorOf(imported)).toBe('dailyCap: missing');
  });

  it('not an object, no version, a bad version or one from a newer Tend are each explained', () => {
    expect(errorOf('settings')).toBe(': wrongType');
    expect(errorOf([])).toBe(': wrongType');
    expect(errorOf(null)).toBe(': wrongType');
    expect(errorOf(without(stored(), 'version'))).toBe('version: missing');
    expect(errorOf({ ...stored(), version: 'two' })).toBe('version: badVersion');
    expect(errorOf({ ...stored(), version: SETTINGS_VERSION + 1 })).toBe('version: newerVersion');
  });

  it('only the first problem is reported, and nothing of the rest is half-applied', () => {
    const r = parseSettings({ ...stored(), intervalMinutes: 10, dailyCap: 99 });
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('value');
  });
});

describe('settings: lenient where it is safe', () => {
  it('a kind added to the library after the settings were saved comes in enabled at weight 1', () => {
    const r = parseSettings({ ...stored(), kinds: without(stored()['kinds'], 'gratitude') });
    expect(r.ok && r.value.kinds.gratitude).toEqual({ enabled: true, weight: 1 });
  });

  it('unknown extra fields are dropped rather than stored', () => {
    const r = parseSettings({ ...stored(), theme: 'dark' });
    expect(r.ok && 'theme' in r.value).toBe(false);
  });

  it('a day with no ranges means no nudges that day, and a range may cross midnight', () => {
    const hours = { ...(stored()['activeHours'] as object), sat: [], fri: [{ start: '22:00', end: '01:00' }] };
    const r = parseSettings({ ...stored(), activeHours: hours });
    expect(r.ok && r.value.activeHours.sat).toEqual([]);
    expect(r.ok && r.value.activeHours.fri).toEqual([{ start: '22:00', end: '01:00' }]);
  });
});

describe('settings: migration from version 1', () => {
  const v1 = {
    version: 1,
    intervalMinutes: 90,
    spread: 0.3,
    activeHours: { start: '08:30', end: '18:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    dailyCap: 5,
    minGapMinutes: 45,
    kinds: stored()['kinds'],
    pausedUntil: null,
    snoozeMinutes: 20,
    holds: { idle: true, fullscreen: false, audio: true },
    notifications: { silent: true, requireInteraction: false },
  };

  it('one range shared by chosen weekdays becomes that range on each chosen day and none on the others', () => {
    const r = parseSettings(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migrated).toBe(true);
    expect(r.value.version).toBe(SETTINGS_VERSION);
    expect(r.value.activeHours.mon).toEqual([{ start: '08:30', end: '18:00' }]);
    expect(r.value.activeHours.fri).toEqual([{ start: '08:30', end: '18:00' }]);
    expect(r.value.activeHours.sat).toEqual([]);
    expect(r.value.activeHours.sun).toEqual([]);
    expect(r.value.intervalMinutes).toBe(90);
    expect(r.value.notifications.silent).toBe(true);
  });

  it('pausedUntil becomes a pause object: none, a moment, or until resumed', () => {
    const none = parseSettings(v1);
    expect(none.ok && none.value.pause).toBeNull();
    const moment = parseSettings({ ...v1, pausedUntil: 1_750_000_000_000 });
    expect(moment.ok && moment.value.pause).toEqual({ until: 1_750_000_000_000 });
    const resume = parseSettings({ ...v1, pausedUntil: 'resume' });
    expect(resume.ok && resume.value.pause).toEqual({ until: 'resume' });
  });

  it('a broken version 1 file is still reported by field after migrating, never guessed at', () => {
    const broken = { ...v1, activeHours: { start: '8:30', end: '18:00', days: ['mon'] } };
    expect(errorOf(broken)).toBe('activeHours.mon[0].start: badTime');
  });

  it('version 2 settings gain the after-Done question, switched on, and keep everything else (issue 12)', () => {
    const v2 = Object.fromEntries(Object.entries({ ...stored(), version: 2 }).filter(([key]) => key !== 'askFelt'));
    const r = parseSettings(v2);
    expect(r.ok && r.migrated).toBe(true);
    expect(r.ok && r.value.askFelt).toBe(true);
    expect(r.ok && r.value.version).toBe(SETTINGS_VERSION);
    const off = parseSettings({ ...stored(), askFelt: false });
    expect(off.ok && off.value.askFelt).toBe(false);
    expect(errorOf({ ...stored(), askFelt: 'yes' })).toBe('askFelt: wrongType');
  });

  it('migrations form one step per version, and migrating the current version changes nothing', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION - 1);
    const current = stored();
    expect(migrate(current, SETTINGS_VERSION)).toBe(current);
  });
});

describe('pause helpers', () => {
  const tz = 'Europe/Berlin';
  const now = at(tz, '2025-06-10 14:20');

  it('"for an hour" pauses until exactly an hour from now', () => {
    expect(pauseFor(now, 60)).toEqual({ until: now + HOUR });
  });

  it('"for the rest of today" pauses until the next local midnight, also on a 23-hour day', () => {
    expect(local(pauseRestOfToday(now, tz).until as number, tz)).toBe('2025-06-11 00:00');
    const spring = at(tz, '2025-03-30 10:00');
    expect(local(pauseRestOfToday(spring, tz).until as number, tz)).toBe('2025-03-31 00:00');
  });

  it('"until resumed" has no end, and says so', () => {
    const s = withPause(DEFAULT_SETTINGS, PAUSE_UNTIL_RESUMED);
    expect(pausedUntil(s, now)).toBe('resume');
    expect(pausedUntil(s, now + 1000 * 86_400_000)).toBe('resume');
  });

  it('a timed pause says until when while it lasts, and nothing once it is over', () => {
    const s = withPause(DEFAULT_SETTINGS, pauseFor(now, 30));
    expect(pausedUntil(s, now)).toBe(now + 30 * 60_000);
    expect(pausedUntil(s, now + 30 * 60_000)).toBeNull();
    expect(pausedUntil(withPause(s, null), now)).toBeNull();
  });

  it('a paused settings object still passes the schema, so it can be stored and exported', () => {
    expect(parseSettings(JSON.parse(JSON.stringify(withPause(DEFAULT_SETTINGS, pauseFor(now, 60))))).ok).toBe(true);
    expect(parseSettings(withPause(DEFAULT_SETTINGS, PAUSE_UNTIL_RESUMED)).ok).toBe(true);
  });
});
