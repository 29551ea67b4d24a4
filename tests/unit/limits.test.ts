// @vitest-environment happy-dom
/**
 * Each limit in src/limits.ts, at its edge, through every door that enforces it: the
 * stored-data schemas, the worker's command schema and the popup's forms accept the limit
 * and refuse one past it, so none of them can drift from the others (STYLE.md 14). A DOM,
 * because the form modules add their stylesheets when they load.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../popup/views/settings/check.ts';
import { validateCustom, type CustomFields } from '../../popup/views/custom-form.tsx';
import * as limits from '../../src/limits.ts';
import { parseCommand } from '../../src/protocol-schema.ts';
import { seeded } from '../../src/random.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { parseSettings } from '../../src/settings/parse.ts';
import type { Settings } from '../../src/settings/types.ts';
import { addCustom } from '../../src/state/custom.ts';
import { CustomStrategySchema } from '../../src/state/schemas.ts';
import * as render from '../../src/strategies/render.ts';
import type { Strategy } from '../../src/strategies/types.ts';

const chars = (n: number): string => 'x'.repeat(n);

describe('settings limits', () => {
  // The gap must not exceed the interval, so each is tested with the other out of the way.
  const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, intervalMinutes: limits.INTERVAL_MAX, minGapMinutes: limits.GAP_MIN, ...patch });
  const stored = (patch: Partial<Settings>) => parseSettings(settings(patch)).ok;
  /** What the settings form says about the field, or undefined when it has no complaint. */
  const form = (patch: Partial<Settings>, path: string) => checkSettings(settings(patch))[path];

  const whole = [
    ['intervalMinutes', limits.INTERVAL_MIN, limits.INTERVAL_MAX],
    ['dailyCap', limits.DAILY_CAP_MIN, limits.DAILY_CAP_MAX],
    ['minGapMinutes', limits.GAP_MIN, limits.GAP_MAX],
    ['snoozeMinutes', limits.SNOOZE_MIN, limits.SNOOZE_MAX],
  ] as const;

  it.each(whole)('%s: the schema takes its bounds and refuses one past either', (field, min, max) => {
    expect(stored({ [field]: min })).toBe(true);
    expect(stored({ [field]: max })).toBe(true);
    expect(stored({ [field]: min - 1 })).toBe(false);
    expect(stored({ [field]: max + 1 })).toBe(false);
  });

  it.each(whole.filter(([field]) => field !== 'intervalMinutes'))('%s: the form agrees with the schema, and names the bounds', (field, min, max) => {
    expect(form({ [field]: min }, field)).toBeUndefined();
    expect(form({ [field]: max }, field)).toBeUndefined();
    expect(form({ [field]: min - 1 }, field)).toContain(String(max));
    expect(form({ [field]: max + 1 }, field)).toContain(String(min));
  });

  it('spread: the schema takes its bounds and refuses a hair past either', () => {
    expect(stored({ spread: limits.SPREAD_MIN })).toBe(true);
    expect(stored({ spread: limits.SPREAD_MAX })).toBe(true);
    expect(stored({ spread: limits.SPREAD_MIN - 0.01 })).toBe(false);
    expect(stored({ spread: limits.SPREAD_MAX + 0.01 })).toBe(false);
  });

  it('a kind’s weight: the schema takes its bounds and refuses a hair past either', () => {
    const weighted = (weight: number) => stored({ kinds: { ...DEFAULT_SETTINGS.kinds, calm: { enabled: true, weight } } });
    expect(weighted(limits.WEIGHT_MIN)).toBe(true);
    expect(weighted(limits.WEIGHT_MAX)).toBe(true);
    expect(weighted(limits.WEIGHT_MIN - 0.01)).toBe(false);
    expect(weighted(limits.WEIGHT_MAX + 0.01)).toBe(false);
  });

  it('ranges a day: the schema takes the limit and refuses one more', () => {
    // Two-hour ranges from midnight: distinct starts and ends, however many.
    const ranges = (n: number) => Array.from({ length: n }, (_, i) => ({ start: `${String(i * 2).padStart(2, '0')}:00`, end: `${String(i * 2 + 1).padStart(2, '0')}:00` }));
    const day = (n: number) => stored({ activeHours: { ...DEFAULT_SETTINGS.activeHours, mon: ranges(n) } });
    expect(day(limits.RANGES_A_DAY_MAX)).toBe(true);
    expect(day(limits.RANGES_A_DAY_MAX + 1)).toBe(false);
  });
});

describe('custom strategy limits', () => {
  const strategy = (patch: Partial<Strategy>): unknown => ({
    id: 'custom-a1',
    kind: 'calm',
    title: 'Breathe',
    nudges: [{ title: 'Breathe', message: 'Three slow breaths.' }],
    why: '',
    steps: [],
    minutes: 5,
    withPerson: false,
    sources: [],
    ...patch,
  });
  const stored = (patch: Partial<Strategy>) => v.safeParse(CustomStrategySchema, strategy(patch)).success;
  const payload = (patch: Partial<Omit<CustomFields, 'kind'>>) => {
    const fields = { title: 'Breathe', message: 'Three slow breaths.', steps: '', kind: 'calm' as const, minutes: '5', ...patch };
    const steps = fields.steps.split('\n').filter((s) => s !== '');
    return { kind: fields.kind, title: fields.title, message: fields.message, steps, minutes: Number(fields.minutes) };
  };
  /** Whether the worker takes the command (its schema throws on a refusal). */
  const sent = (patch: Partial<CustomFields>): boolean => {
    try {
      parseCommand({ command: 'addCustom', payload: payload(patch) });
      return true;
    } catch {
      return false;
    }
  };
  /** Whether the popup's form lets it through. */
  const typed = (patch: Partial<CustomFields>) => 'value' in validateCustom({ title: 'Breathe', message: 'Three slow breaths.', steps: '', kind: 'calm', minutes: '5', ...patch });
  /** The three doors agree: the form, the command and what is stored. */
  const everywhere = (fields: Partial<CustomFields>, strategyPatch: Partial<Strategy>) => [typed(fields), sent(fields), stored(strategyPatch)];

  it('title: up to the limit, not one character more', () => {
    const at = chars(limits.TITLE_MAX);
    const past = chars(limits.TITLE_MAX + 1);
    expect(everywhere({ title: at }, { title: at, nudges: [{ title: at, message: 'Go.' }] })).toEqual([true, true, true]);
    expect(everywhere({ title: past }, { title: past })).toEqual([false, false, false]);
    expect(stored({ nudges: [{ title: past, message: 'Go.' }] })).toBe(false);
  });

  it('message: up to the limit, not one character more', () => {
    const line = (message: string) => ({ nudges: [{ title: 'Breathe', message }] });
    expect(everywhere({ message: chars(limits.MESSAGE_MAX) }, line(chars(limits.MESSAGE_MAX)))).toEqual([true, true, true]);
    expect(everywhere({ message: chars(limits.MESSAGE_MAX + 1) }, line(chars(limits.MESSAGE_MAX + 1)))).toEqual([false, false, false]);
  });

  it('steps: up to the limit in number and in length, not one more', () => {
    const many = (n: number, length = 3) => Array.from({ length: n }, () => chars(length));
    expect(everywhere({ steps: many(limits.STEPS_MAX).join('\n') }, { steps: many(limits.STEPS_MAX) })).toEqual([true, true, true]);
    expect(everywhere({ steps: many(limits.STEPS_MAX + 1).join('\n') }, { steps: many(limits.STEPS_MAX + 1) })).toEqual([false, false, false]);
    expect(everywhere({ steps: chars(limits.STEP_MAX) }, { steps: [chars(limits.STEP_MAX)] })).toEqual([true, true, true]);
    expect(everywhere({ steps: chars(limits.STEP_MAX + 1) }, { steps: [chars(limits.STEP_MAX + 1)] })).toEqual([false, false, false]);
  });

  it('minutes: within the bounds, not one past either', () => {
    const [min, max] = [limits.STRATEGY_MINUTES_MIN, limits.STRATEGY_MINUTES_MAX];
    expect(everywhere({ minutes: String(min) }, { minutes: min })).toEqual([true, true, true]);
    expect(everywhere({ minutes: String(max) }, { minutes: max })).toEqual([true, true, true]);
    expect(everywhere({ minutes: String(min - 1) }, { minutes: min - 1 })).toEqual([false, false, false]);
    expect(everywhere({ minutes: String(max + 1) }, { minutes: max + 1 })).toEqual([false, false, false]);
  });

  it('lines and why of a stored strategy: up to the limit, not one more', () => {
    const lines = (n: number) => Array.from({ length: n }, () => ({ title: 'Breathe', message: 'Go.' }));
    expect(stored({ nudges: lines(limits.NUDGES_MAX) })).toBe(true);
    expect(stored({ nudges: lines(limits.NUDGES_MAX + 1) })).toBe(false);
    expect(stored({ why: chars(limits.WHY_MAX) })).toBe(true);
    expect(stored({ why: chars(limits.WHY_MAX + 1) })).toBe(false);
  });

  it('how many: the worker adds up to the limit, not one more', () => {
    const random = seeded(1);
    const input = payload({});
    const full = Array.from({ length: limits.CUSTOM_MAX - 1 }, (_, i) => strategy({ id: `custom-${String(i)}` }) as Strategy);
    const last = addCustom(full, input, 0, random);
    expect(last?.custom).toHaveLength(limits.CUSTOM_MAX);
    expect(last && addCustom(last.custom, input, 1, random)).toBeNull();
  });

  it('the renderer fits names into the same notification room', () => {
    expect([render.TITLE_MAX, render.MESSAGE_MAX]).toEqual([limits.TITLE_MAX, limits.MESSAGE_MAX]);
  });
});
