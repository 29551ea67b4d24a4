/**
 * Nudges that fit the moment (issue 15): a strategy that says when it fits (StrategyMeta.fits,
 * windows in src/strategies/fits.ts) is drawn only then, in the person's local time; one the
 * person starts by hand from the library is theirs whatever the hour. The year-long version
 * of this is in the simulated-year properties (tests/support/sim-invariants.ts).
 */
import { describe, expect, it } from 'vitest';
import { another, start } from '../../src/commands/offer-now.ts';
import { refused } from '../../src/commands/world.ts';
import { pick } from '../../src/pick/pick.ts';
import { seeded } from '../../src/random.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { DAY_PART_WINDOWS, DAY_PARTS, fitsMinute, localMinuteOfDay } from '../../src/strategies/fits.ts';
import { META } from '../../src/strategies/meta.ts';
import { KINDS, type Kind, type StrategyCore } from '../../src/strategies/types.ts';
import { simulate } from '../../scripts/simulate/engine.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { worldAt } from '../support/command-world.ts';
import { violations } from '../support/sim-invariants.ts';
import { at } from '../support/sim-clock.ts';
import { settingsWith } from '../support/sim-wake.ts';

const byId = new Map(META.map((m) => [m.id, m]));
const onlyKinds = (...on: Kind[]) =>
  settingsWith({ kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: on.includes(k), weight: 1 }])) as typeof DEFAULT_SETTINGS.kinds });

/** Every strategy the picker draws at this local time in this zone, over many seeds. */
function drawnAt(when: string, timeZone: string, strategies: readonly StrategyCore[] = CATALOG, settings = DEFAULT_SETTINGS): Set<string> {
  const now = at(timeZone, when);
  const seen = new Set<string>();
  for (let seed = 1; seed <= 400; seed++) {
    const p = pick({ strategies, settings, log: [], now, timeZone, random: seeded(seed) });
    if (p) seen.add(p.strategyId);
  }
  return seen;
}

describe('the parts of the day', () => {
  it('are plain local windows: morning before noon, evening from 17:00, meals around three meal times', () => {
    expect(DAY_PART_WINDOWS.morning).toEqual([[5 * 60, 12 * 60]]);
    expect(DAY_PART_WINDOWS.evening).toEqual([[17 * 60, 24 * 60]]);
    expect(fitsMinute(['evening'], 16 * 60 + 59)).toBe(false);
    expect(fitsMinute(['evening'], 17 * 60)).toBe(true);
    expect(fitsMinute(['morning'], 11 * 60 + 59)).toBe(true);
    expect(fitsMinute(['morning'], 12 * 60)).toBe(false);
    expect(fitsMinute(['meals'], 12 * 60 + 30)).toBe(true);
    expect(fitsMinute(['meals'], 15 * 60 + 30)).toBe(false);
    expect(fitsMinute(undefined, 3 * 60)).toBe(true);
    for (const part of DAY_PARTS) {
      for (const [from, to] of DAY_PART_WINDOWS[part]) expect(0 <= from && from < to && to <= 24 * 60, part).toBe(true);
    }
  });

  it('read the clock where the person is', () => {
    const now = Date.UTC(2025, 5, 10, 10, 30);
    expect(localMinuteOfDay(now, 'UTC')).toBe(10 * 60 + 30);
    expect(localMinuteOfDay(now, 'Asia/Kolkata')).toBe(16 * 60);
    expect(localMinuteOfDay(now, 'America/New_York')).toBe(6 * 60 + 30);
  });
});

describe('which strategies say when they fit', () => {
  it('a bedtime only in the evening, food around meals, a desk break in working hours, the day’s one step in the morning', () => {
    const timed = Object.fromEntries(META.filter((m) => m.fits).map((m) => [m.id, m.fits]));
    expect(timed).toEqual({
      'body-sleep': ['evening'],
      'body-eat-well': ['meals'],
      'body-take-a-break': ['daytime'],
      'steps-one-thing-today': ['morning'],
    });
  });

  it('every kind has strategies that fit any time, so the picker never has to give up on the hour', () => {
    for (const kind of KINDS) expect(META.some((m) => m.kind === kind && !m.fits), kind).toBe(true);
  });
});

describe('the picker keeps to the hour, in the person’s zone', () => {
  it('never offers "A bedtime you can keep" at 11:31 AM, and does in the evening', () => {
    const body = onlyKinds('body');
    expect(drawnAt('2025-06-10 11:31', 'Europe/Berlin', CATALOG, body).has('body-sleep')).toBe(false);
    expect(drawnAt('2025-06-10 21:15', 'Europe/Berlin', CATALOG, body).has('body-sleep')).toBe(true);
  });

  it('the same instant fits differently in different zones', () => {
    const steps = onlyKinds('steps');
    // 08:00 in New York is 14:00 in Berlin: the morning's one step only for the first.
    const instant = at('America/New_York', '2025-06-10 08:00');
    const draw = (timeZone: string) => {
      const seen = new Set<string>();
      for (let seed = 1; seed <= 200; seed++) {
        const p = pick({ strategies: CATALOG, settings: steps, log: [], now: instant, timeZone, random: seeded(seed) });
        if (p) seen.add(p.strategyId);
      }
      return seen;
    };
    expect(draw('America/New_York').has('steps-one-thing-today')).toBe(true);
    expect(draw('Europe/Berlin').has('steps-one-thing-today')).toBe(false);
  });

  it('at every hour, all it draws fits that hour', () => {
    for (let hour = 0; hour < 24; hour++) {
      const when = `2025-06-10 ${String(hour).padStart(2, '0')}:20`;
      for (const id of drawnAt(when, 'Asia/Kolkata')) {
        expect(fitsMinute(byId.get(id)?.fits, hour * 60 + 20), `${id} at ${when}`).toBe(true);
      }
    }
  });

  it('when nothing enabled fits the hour, the hour gives way rather than the nudge', () => {
    const only: StrategyCore[] = [{ id: 'night-only', kind: 'body', withPerson: false, lines: 3, fits: ['evening'] }];
    expect(drawnAt('2025-06-10 10:00', 'UTC', only, onlyKinds('body'))).toEqual(new Set(['night-only']));
  });

  it('"Another one" keeps to the hour too', () => {
    const now = at('Europe/Berlin', '2025-06-10 11:31');
    const state = { ...INITIAL_STATE, settings: onlyKinds('body') };
    for (let seed = 1; seed <= 100; seed++) {
      const result = another(state, { nudgeId: null }, worldAt(now, { random: seeded(seed) }));
      if (refused(result)) throw new Error(result.refused);
      expect(result.patch.current?.strategyId).not.toBe('body-sleep');
    }
  });
});

describe('the simulated-year check', () => {
  it('holds for the real picker, and catches one that ignores the hour', () => {
    const timeZone = 'Europe/Berlin';
    const run = (strategies: typeof STRATEGIES) =>
      simulate({ start: at(timeZone, '2025-01-01 00:00'), days: 120, timeZone, seed: 5, settings: DEFAULT_SETTINGS, strategies });
    const timeWords = (list: string[]) => list.filter((v) => /only|outside/.test(v));
    expect(timeWords(violations(run(STRATEGIES), DEFAULT_SETTINGS, STRATEGIES))).toEqual([]);
    // The same library with its `fits` hidden from the picker, judged by the real one.
    const blind = STRATEGIES.map((s) => {
      const copy = { ...s };
      delete copy.fits;
      return copy;
    });
    const found = timeWords(violations(run(blind), DEFAULT_SETTINGS, STRATEGIES));
    expect(found.some((v) => v.startsWith('evening-only before 17:00: body-sleep'))).toBe(true);
    expect(found.some((v) => v.startsWith('morning-only after 12:00: steps-one-thing-today'))).toBe(true);
  });
});

describe('a strategy started by hand', () => {
  it('ignores when it fits: the person asked for it', () => {
    const now = at('Europe/Berlin', '2025-06-10 11:31');
    const result = start({ ...INITIAL_STATE, settings: DEFAULT_SETTINGS }, { strategyId: 'body-sleep' }, worldAt(now));
    if (refused(result)) throw new Error(result.refused);
    expect(result.patch.current).toMatchObject({ strategyId: 'body-sleep', asked: true });
  });
});
