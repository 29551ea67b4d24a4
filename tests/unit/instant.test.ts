/**
 * Every stored moment passes one bound (src/time/instant.ts): a time `Date` cannot hold
 * (1e16 ms) would make each wake throw "Invalid time value", so no schema lets one in.
 */
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/log/parse.ts';
import { parseScheduleState } from '../../src/schedule/parse.ts';
import { INITIAL_SCHEDULE_STATE, rebuiltScheduleState } from '../../src/schedule/state.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { parseSettings } from '../../src/settings/parse.ts';
import { storedBytes } from '../../src/state/backups.ts';
import { parseState } from '../../src/state/parse.ts';
import { MAX_INSTANT, MIN_INSTANT } from '../../src/time/instant.ts';
import { InstantSchema } from '../../src/time/instant-schema.ts';

const NOW = Date.UTC(2026, 2, 4, 12);

describe('a stored moment', () => {
  it.each([NOW, NOW + 0.25, MIN_INSTANT, MAX_INSTANT])('%d is a moment', (t) => {
    expect(v.is(InstantSchema, t)).toBe(true);
  });
  it.each([1e16, -1e16, 0, -1, MAX_INSTANT + 1, NaN, Infinity, '2026-03-04', null])('%s is not', (t) => {
    expect(v.is(InstantSchema, t)).toBe(false);
  });
  it('every accepted moment formats as a date', () => {
    fc.assert(fc.property(fc.double(), (t) => {
      if (v.is(InstantSchema, t)) expect(() => new Date(t).toISOString()).not.toThrow();
    }));
  });
});

describe('each stored time is bounded', () => {
  it('a pause until 1e16 is refused, naming pause.until', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, pause: { until: 1e16 } })).toEqual({ ok: false, code: 'outOfRange', path: 'pause.until' });
    expect(parseSettings({ ...DEFAULT_SETTINGS, pause: { until: NOW } }).ok).toBe(true);
  });

  it('a plan holding 1e16 anywhere is unreadable', () => {
    const plan = { ...INITIAL_SCHEDULE_STATE, dueAt: NOW + 0.5, plannedAt: NOW, shownAt: [NOW] };
    expect(parseScheduleState(plan)).toEqual(plan);
    for (const field of ['dueAt', 'plannedAt', 'lastShownAt', 'heldSince', 'recheckAt'] as const) {
      expect(parseScheduleState({ ...plan, [field]: 1e16 })).toBe(INITIAL_SCHEDULE_STATE);
    }
    expect(parseScheduleState({ ...plan, shownAt: [NOW, 1e16] })).toBe(INITIAL_SCHEDULE_STATE);
  });

  it('a history event at 1e16 is dropped and counted', () => {
    const event = { at: NOW, type: 'shown', nudgeId: 'n', strategyId: 's', kind: 'calm' };
    expect(parseLog([event, { ...event, at: 1e16 }])).toEqual({ events: [event], dropped: 1 });
  });

  it('the nudge on offer, notices and health holding 1e16 are rebuilt', () => {
    const current = { id: 'n', strategyId: 's', kind: 'calm', line: 0, shownAt: NOW, catchUp: false, asked: false, notified: true, snoozedUntil: null };
    const notice = { id: 'x', at: NOW, message: 'hello' };
    const ok = parseState({ current, notices: [notice], health: { notifications: 'granted', checkedAt: NOW } });
    expect(ok.rewrite).toEqual([]);
    const bad = parseState({
      current: { ...current, shownAt: 1e16 },
      notices: [notice, { ...notice, id: 'y', at: 1e16 }],
      health: { notifications: 'granted', checkedAt: 1e16 },
    });
    expect(bad.rewrite.sort()).toEqual(['current', 'health', 'notices']);
    expect(bad.state.current).toBeNull();
    // One bad notice costs only itself.
    expect(bad.state.notices).toEqual([notice]);
  });
});

describe('a plan rebuilt after it was unreadable', () => {
  it('brings back the nudge put off with Later, at its moment', () => {
    expect(rebuiltScheduleState(null)).toBe(INITIAL_SCHEDULE_STATE);
    expect(rebuiltScheduleState(NOW)).toEqual({ ...INITIAL_SCHEDULE_STATE, dueAt: NOW, again: true });
    const current = { id: 'n', strategyId: 's', kind: 'calm', line: 0, shownAt: NOW, catchUp: false, asked: false, notified: true, snoozedUntil: NOW + 1 };
    expect(parseState({ current, schedule: 'junk' }).state.schedule).toEqual({ ...INITIAL_SCHEDULE_STATE, dueAt: NOW + 1, again: true });
  });
});

describe('the size of a kept copy', () => {
  it('is counted as Chrome counts the quota: key plus JSON, in UTF-8 bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.jsonValue(), (key, value) => {
      expect(storedBytes(key, value)).toBe(Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value)));
    }));
  });
});
