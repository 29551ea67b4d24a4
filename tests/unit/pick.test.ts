import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../src/log/append.ts';
import type { EventType, LogEvent } from '../../src/log/types.ts';
import type { Person } from '../../src/people/person.ts';
import { AFFINITY_MAX, AFFINITY_MIN, affinities } from '../../src/pick/affinity.ts';
import { pickLine } from '../../src/pick/line.ts';
import { connectWeightBoost, lastNamed, personFor, recentlyNamed } from '../../src/pick/person.ts';
import { pick, REPEAT_WINDOW_DAYS, type PickInput } from '../../src/pick/pick.ts';
import { seeded, type Random } from '../../src/random.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { KINDS, type Kind, type StrategyCore } from '../../src/strategies/types.ts';
import { DAY, HOUR } from '../support/sim-clock.ts';
import { settingsWith } from '../support/sim-wake.ts';

const NOW = Date.UTC(2025, 5, 10, 12);
const TZ = 'UTC';
const strategy = (id: string, kind: Kind, withPerson = false, lines = 3): StrategyCore => ({ id, kind, withPerson, lines });
const many = (kind: Kind, n: number): StrategyCore[] => Array.from({ length: n }, (_, i) => strategy(`${kind}-${i}`, kind));

/** Only these kinds on, at these weights. */
const kindsOnly = (weights: Partial<Record<Kind, number>>): Settings =>
  settingsWith({
    kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k in weights, weight: weights[k] ?? 1 }])) as Settings['kinds'],
  });

const event = (type: EventType, strategyId: string, kind: Kind, at: number, nudgeId = `${strategyId}@${at}`): LogEvent => ({
  at, type, nudgeId, strategyId, kind,
});

/** Fresh draws with no history: how often each kind comes up. */
function kindShares(input: Omit<PickInput, 'random' | 'now' | 'log' | 'timeZone'>, draws: number, random: Random = seeded(3)): Map<Kind, number> {
  const byId = new Map(input.strategies.map((s) => [s.id, s.kind]));
  const counts = new Map<Kind, number>();
  for (let i = 0; i < draws; i++) {
    const p = pick({ ...input, log: [], now: NOW, timeZone: TZ, random });
    const kind = p && byId.get(p.strategyId);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return new Map([...counts].map(([k, c]) => [k, c / draws]));
}

/** A run of picks, each logged as shown, `every` apart; the person answers with `answer`. */
function sequence(input: Omit<PickInput, 'random' | 'now' | 'log' | 'timeZone'>, count: number, every = 3 * HOUR, answer?: (id: string) => EventType | null) {
  const random = seeded(17);
  let log: LogEvent[] = [];
  const picks: { at: number; id: string; kind: Kind }[] = [];
  const byId = new Map(input.strategies.map((s) => [s.id, s]));
  for (let i = 0, t = NOW; i < count; i++, t += every) {
    const p = pick({ ...input, log, now: t, timeZone: TZ, random });
    const s = p && byId.get(p.strategyId);
    if (!s) throw new Error('nothing picked');
    picks.push({ at: t, id: s.id, kind: s.kind });
    log = appendEvent(log, event('shown', s.id, s.kind, t), t);
    const a = answer?.(s.id);
    if (a) log = appendEvent(log, event(a, s.id, s.kind, t + 60_000, `${s.id}@${t}`), t + 60_000);
  }
  return picks;
}

describe('what: kind preferences', () => {
  it('kinds come up in proportion to their weights', () => {
    const shares = kindShares({ strategies: [...many('move', 5), ...many('calm', 5)], settings: kindsOnly({ move: 3, calm: 1 }) }, 2500);
    expect(shares.get('move')).toBeCloseTo(0.75, 1);
    expect(shares.get('calm')).toBeCloseTo(0.25, 1);
  });

  it('a kind with many strategies is not shown more for it: equal weights give equal shares', () => {
    const shares = kindShares({ strategies: [...many('connect', 12), ...many('body', 2)], settings: kindsOnly({ connect: 1, body: 1 }) }, 2500);
    expect(shares.get('connect')).toBeCloseTo(0.5, 1);
  });

  it('a disabled kind is never picked, over a year of picks from the real library', () => {
    const settings = settingsWith({ kinds: { ...DEFAULT_SETTINGS.kinds, connect: { enabled: false, weight: 1 }, move: { enabled: false, weight: 5 } } });
    const picks = sequence({ strategies: CATALOG, settings }, 1460, 6 * HOUR);
    expect(picks.some((p) => p.kind === 'connect' || p.kind === 'move')).toBe(false);
    expect(new Set(picks.map((p) => p.kind)).size).toBe(KINDS.length - 2);
  });

  it('nothing is picked only when no strategy of an enabled kind exists', () => {
    expect(pick({ strategies: many('calm', 3), settings: kindsOnly({ move: 1 }), log: [], now: NOW, timeZone: TZ, random: seeded(1) })).toBeNull();
    expect(pick({ strategies: [], settings: DEFAULT_SETTINGS, log: [], now: NOW, timeZone: TZ, random: seeded(1) })).toBeNull();
  });
});

describe('what: variety', () => {
  it(`no strategy comes back within ${REPEAT_WINDOW_DAYS} days when there are enough others`, () => {
    const picks = sequence({ strategies: CATALOG, settings: DEFAULT_SETTINGS }, 4 * 120);
    for (const [i, p] of picks.entries()) {
      const again = picks.slice(i + 1).find((q) => q.id === p.id);
      if (again) expect(again.at - p.at).toBeGreaterThanOrEqual(REPEAT_WINDOW_DAYS * DAY);
    }
  });

  it('with few strategies, the window shrinks rather than run dry, and the last one shown still never repeats next', () => {
    const picks = sequence({ strategies: many('calm', 3), settings: kindsOnly({ calm: 1 }) }, 60);
    expect(new Set(picks.map((p) => p.id)).size).toBe(3);
    for (let i = 1; i < picks.length; i++) expect(picks[i]?.id).not.toBe(picks[i - 1]?.id);
  });

  it('a single enabled strategy is still shown every time: nothing runs dry', () => {
    const picks = sequence({ strategies: [strategy('only', 'calm')], settings: kindsOnly({ calm: 1 }) }, 10);
    expect(picks.every((p) => p.id === 'only')).toBe(true);
  });

  it('never the same kind twice in a row when another kind is enabled', () => {
    const picks = sequence({ strategies: CATALOG, settings: DEFAULT_SETTINGS }, 400);
    for (let i = 1; i < picks.length; i++) expect(picks[i]?.kind).not.toBe(picks[i - 1]?.kind);
  });

  it('even a kind weighted ten to one alternates with the others rather than coming twice in a row', () => {
    const picks = sequence({ strategies: [...many('move', 20), ...many('calm', 20)], settings: kindsOnly({ move: 10, calm: 1 }) }, 100);
    for (let i = 1; i < picks.length; i++) expect(picks[i]?.kind).not.toBe(picks[i - 1]?.kind);
  });

  it('no same kind twice in a row even after days away, when the last nudge is older than the repeat window', () => {
    const strategies = [...many('move', 3), ...many('calm', 3)];
    const log = [event('shown', 'move-0', 'move', NOW - 10 * DAY)];
    for (let seed = 0; seed < 30; seed++) {
      const p = pick({ strategies, settings: kindsOnly({ move: 5, calm: 1 }), log, now: NOW, timeZone: TZ, random: seeded(seed) });
      expect(p?.strategyId).toMatch(/^calm-/);
    }
  });

  it('the same kind twice in a row only when it is the only kind on', () => {
    const picks = sequence({ strategies: [...many('move', 20), ...many('calm', 20)], settings: kindsOnly({ move: 1 }) }, 20);
    expect(picks.every((p) => p.kind === 'move')).toBe(true);
  });

  it('"Another one" never offers the nudge it replaces, unless it is the only one', () => {
    const strategies = many('calm', 2);
    for (let seed = 0; seed < 20; seed++) {
      const p = pick({ strategies, settings: kindsOnly({ calm: 1 }), log: [], now: NOW, timeZone: TZ, random: seeded(seed), exclude: ['calm-0'] });
      expect(p?.strategyId).toBe('calm-1');
    }
    const only = pick({ strategies: [strategy('x', 'calm')], settings: kindsOnly({ calm: 1 }), log: [], now: NOW, timeZone: TZ, random: seeded(1), exclude: ['x'] });
    expect(only?.strategyId).toBe('x');
  });

  it('a strategy’s lines rotate: never the line shown last time', () => {
    const random = seeded(5);
    let log: LogEvent[] = [];
    let last = -1;
    for (let i = 0; i < 50; i++) {
      const l = pickLine('s', 4, log, random);
      expect(l).not.toBe(last);
      expect(l).toBeGreaterThanOrEqual(0);
      expect(l).toBeLessThan(4);
      last = l;
      log = [...log, { ...event('shown', 's', 'calm', NOW + i), line: l }];
    }
    expect(pickLine('s', 1, log, random)).toBe(0);
  });
});

describe('what: leaning toward what the person does', () => {
  it('done lifts a strategy, a skip lowers it, a snooze is neither', () => {
    const a = affinities(
      [event('done', 'liked', 'calm', NOW), event('skipped', 'disliked', 'calm', NOW), event('snoozed', 'later', 'calm', NOW)],
      NOW,
    );
    expect(a.get('liked')).toBeGreaterThan(1);
    expect(a.get('disliked')).toBeLessThan(1);
    expect(a.get('later') ?? 1).toBe(1);
  });

  it('dismissing a notification is a weak no: lower than nothing, far less than a skip', () => {
    const a = affinities([event('dismissed', 'cleared', 'calm', NOW), event('skipped', 'disliked', 'calm', NOW)], NOW);
    expect(a.get('cleared')).toBeLessThan(1);
    expect(a.get('cleared')).toBeGreaterThan(a.get('disliked') ?? 1);
    expect(1 - (a.get('cleared') ?? 1)).toBeLessThan((1 - (a.get('disliked') ?? 1)) / 2);
  });

  it('is bounded both ways, however many answers pile up', () => {
    const log = Array.from({ length: 300 }, (_, i) => [
      event('done', 'liked', 'calm', NOW - i * HOUR),
      event('skipped', 'disliked', 'calm', NOW - i * HOUR),
    ]).flat();
    const a = affinities(log, NOW);
    expect(a.get('liked')).toBe(AFFINITY_MAX);
    expect(a.get('disliked')).toBe(AFFINITY_MIN);
  });

  it('old answers fade: skips two months ago weigh far less than the same skips today', () => {
    const skips = (at: number): LogEvent[] => [0, 1, 2].map((i) => event('skipped', 's', 'calm', at - i * HOUR));
    const today = affinities(skips(NOW), NOW).get('s') ?? 1;
    const old = affinities(skips(NOW - 60 * DAY), NOW).get('s') ?? 1;
    expect(old).toBeGreaterThan(today);
    expect(1 - old).toBeLessThan((1 - today) / 2);
  });

  it('picks lean toward strategies marked done and away from ones skipped', () => {
    const strategies = [strategy('liked', 'calm'), strategy('plain', 'calm'), strategy('disliked', 'calm')];
    const log = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      event('done', 'liked', 'calm', NOW - 5 * DAY - i * HOUR),
      event('skipped', 'disliked', 'calm', NOW - 5 * DAY - i * HOUR),
    ]);
    const counts = new Map<string, number>();
    const random = seeded(8);
    for (let i = 0; i < 3000; i++) {
      const p = pick({ strategies, settings: kindsOnly({ calm: 1 }), log, now: NOW, timeZone: TZ, random });
      if (p) counts.set(p.strategyId, (counts.get(p.strategyId) ?? 0) + 1);
    }
    expect(counts.get('liked') ?? 0).toBeGreaterThan(2 * (counts.get('plain') ?? 0));
    expect(counts.get('plain') ?? 0).toBeGreaterThan(counts.get('disliked') ?? 0);
    // Bounded: a strategy skipped again and again still comes up now and then.
    expect(counts.get('disliked') ?? 0).toBeGreaterThan(100);
  });

  it('over a year, a person who always skips one strategy still sees it now and then', () => {
    const strategies = many('calm', 4);
    const picks = sequence({ strategies, settings: kindsOnly({ calm: 1 }) }, 1460, 6 * HOUR, (id) => (id === 'calm-0' ? 'skipped' : 'done'));
    const late = picks.slice(730);
    const share = late.filter((p) => p.id === 'calm-0').length / late.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.2);
  });
});

describe('what: reach-out nudges name whoever would most welcome a hello (issue 11)', () => {
  const person = (id: string, name: string, rhythmDays: number, lastAt: number): Person => ({
    id, name, rhythmDays, contacts: [{ at: lastAt }], addedAt: lastAt - 400 * DAY, updatedAt: lastAt,
  });
  const people: Person[] = [
    person('ana', 'Ana', 7, NOW - 10 * DAY),
    person('ben', 'Ben', 30, NOW - 35 * DAY),
    person('cleo', 'Cleo', 14, NOW - 2 * DAY),
  ];
  // The moment, and whatever else the picker is told about it (its zone, where it needs one).
  const AT_NOON = { now: NOW, timeZone: 'UTC' } as unknown as Omit<PickInput, 'strategies' | 'settings' | 'log' | 'random' | 'people' | 'exclude'>;
  const reachOut = [{ ...strategy('call-someone', 'connect', true), named: [0, 1, 2] }];
  const pickWith = (list: readonly Person[], log: LogEvent[] = []) =>
    pick({ strategies: reachOut, settings: kindsOnly({ connect: 1 }), log, people: list, ...AT_NOON, random: seeded(1) });

  it('a line that takes a person names whoever is furthest past their own rhythm', () => {
    expect(pickWith(people)?.personId).toBe('ana'); // 10 of 7 days beats 35 of 30
  });

  it('nobody past their rhythm, or no people: the line names nobody', () => {
    expect(pickWith([person('ana', 'Ana', 7, NOW - 3 * DAY)])).not.toHaveProperty('personId');
    expect(pickWith([])).not.toHaveProperty('personId');
  });

  it('someone a nudge named in the last two days is skipped for the next', () => {
    const shown: LogEvent = { at: NOW - DAY, type: 'shown', nudgeId: 'n1', strategyId: 'call-someone', kind: 'connect', line: 0, personId: 'ana' };
    expect(recentlyNamed([shown], NOW)).toEqual(new Set(['ana']));
    expect(pickWith(people, [shown])?.personId).toBe('ben');
    expect(recentlyNamed([{ ...shown, at: NOW - 2 * DAY }], NOW)).toEqual(new Set());
  });

  it('lines without a named variant, and other kinds, never name anyone', () => {
    const p = pick({ strategies: [strategy('breathe', 'calm')], settings: kindsOnly({ calm: 1 }), log: [], people, ...AT_NOON, random: seeded(1) });
    expect(p).not.toHaveProperty('personId');
    const solo = pick({ strategies: [strategy('join-a-club', 'connect', false)], settings: kindsOnly({ connect: 1 }), log: [], people, ...AT_NOON, random: seeded(1) });
    expect(solo).not.toHaveProperty('personId');
    expect(personFor({ named: [1] }, 0, people, [], NOW)).toBeUndefined();
    expect(personFor({ named: [1] }, 1, people, [], NOW)).toBe('ana');
  });

  it('connect leans in while someone is well past their rhythm, at most double', () => {
    expect(connectWeightBoost([], [], NOW)).toBe(1);
    expect(connectWeightBoost([person('ana', 'Ana', 7, NOW - 3 * DAY)], [], NOW)).toBe(1);
    expect(connectWeightBoost([person('ana', 'Ana', 7, NOW - 14 * DAY)], [], NOW)).toBeCloseTo(1.5);
    expect(connectWeightBoost([person('ana', 'Ana', 7, NOW - 300 * DAY)], [], NOW)).toBe(2);
    const mixed = [strategy('breathe', 'calm'), ...reachOut];
    // Ana was named four days ago (past the two-day rule and the repeat window), and a nudge of
    // a third kind came since: chance alone decides, as weighted.
    const namedBefore: LogEvent[] = [
      { at: NOW - 4 * DAY, type: 'shown', nudgeId: 'n0', strategyId: 'call-someone', kind: 'connect', line: 0, personId: 'ana' },
      event('shown', 'move-walk', 'move', NOW - DAY),
    ];
    const share = (list: readonly Person[]) => {
      const random = seeded(7);
      let connect = 0;
      for (let i = 0; i < 4000; i++) {
        if (pick({ strategies: mixed, settings: kindsOnly({ calm: 1, connect: 1 }), log: namedBefore, people: list, ...AT_NOON, random })?.strategyId === 'call-someone') connect++;
      }
      return connect / 4000;
    };
    expect(share([])).toBeCloseTo(0.5, 1);
    expect(share([person('ana', 'Ana', 7, NOW - 300 * DAY)])).toBeCloseTo(2 / 3, 1);
  });
});

describe('someone who should not wait for chance any longer (1.25× their rhythm, unnamed since their last contact)', () => {
  const person = (id: string, rhythmDays: number, daysAgo: number): Person => ({
    id, name: id, rhythmDays, contacts: [{ at: NOW - daysAgo * DAY }], addedAt: NOW - 400 * DAY, updatedAt: NOW - daysAgo * DAY,
  });
  const shown = (personId: string, daysAgo: number, strategyId = 'call-someone'): LogEvent => ({
    at: NOW - daysAgo * DAY, type: 'shown', nudgeId: `${personId}-${String(daysAgo)}`, strategyId, kind: 'connect', line: 0, personId,
  });
  const calm = many('calm', 6);
  const strategies = [...calm, { ...strategy('call-someone', 'connect', true), named: [0, 2] }, { ...strategy('gratitude-thank', 'gratitude', true), named: [1] }];
  const settings = kindsOnly({ calm: 10, connect: 0.1, gratitude: 0.1 });
  const draws = (people: readonly Person[], log: LogEvent[], input: Partial<PickInput> = {}) =>
    Array.from({ length: 200 }, (_, i) => pick({ strategies, settings, log, people, now: NOW, timeZone: TZ, random: seeded(i), ...input }));

  it('the next nudge names them, through a strategy that can, whatever the weights', () => {
    for (const p of draws([person('ana', 8, 10)], [])) {
      expect(p?.personId).toBe('ana');
      expect(['call-someone', 'gratitude-thank']).toContain(p?.strategyId);
      expect(p?.line).toBe(p?.strategyId === 'call-someone' ? (p.line === 0 ? 0 : 2) : 1);
    }
  });

  it('names them even when someone further past their rhythm was named this time round', () => {
    // Ben (monthly, 2× his rhythm) was named four days ago and has not been in touch since; the
    // weekly friend at 1.3× has not been named at all: the waiting one comes first.
    const people = [person('ana', 7, 9.1), person('ben', 30, 60)];
    for (const p of draws(people, [shown('ben', 4)])) expect(p?.personId).toBe('ana');
  });

  it('once named since their last contact, chance decides again: at most one such nudge a stretch', () => {
    const people = [person('ana', 8, 10)];
    const named = draws(people, [shown('ana', 3)]).filter((p) => p?.personId !== undefined).length;
    expect(named).toBeLessThan(40); // connect and gratitude together weigh 0.2 of 10.2, doubled at most
  });

  it('below 1.25× their rhythm, or paused, or in touch in the last two days, nothing is forced', () => {
    const quiet = (people: readonly Person[]) => draws(people, []).filter((p) => p?.personId !== undefined).length;
    expect(quiet([person('ana', 8, 9.9)])).toBeLessThan(40);
    expect(quiet([{ ...person('ana', 8, 10), pausedUntil: 'resume' }])).toBe(0);
    expect(quiet([{ ...person('ana', 8, 10), contacts: [{ at: NOW - 20 * DAY }, { at: NOW - DAY }] }])).toBe(0);
  });

  it('a nudge the person asked for (the journal) is never turned into one', () => {
    const asked = draws([person('ana', 8, 10)], [], { asked: true }).filter((p) => p?.personId !== undefined).length;
    expect(asked).toBeLessThan(40);
  });

  it('with no strategy that can name anyone enabled, the nudge is what chance draws, naming nobody', () => {
    const off = { ...settings, kinds: { ...settings.kinds, connect: { enabled: false, weight: 1 }, gratitude: { enabled: false, weight: 1 } } };
    for (const p of draws([person('ana', 8, 10)], [], { settings: off })) {
      expect(p?.strategyId.startsWith('calm-')).toBe(true);
      expect(p).not.toHaveProperty('personId');
    }
  });

  it('reads who was named long ago from the summary (a 90-day friend looks back months)', () => {
    const people = [person('emi', 90, 120)];
    const summary = { at: NOW - 9 * DAY, answers: [], lines: [], lastShown: null, named: [['emi', NOW - 20 * DAY] as const] };
    expect(lastNamed([], summary).get('emi')).toBe(NOW - 20 * DAY);
    expect(lastNamed([shown('emi', 5)], summary).get('emi')).toBe(NOW - 5 * DAY);
    const forced = draws(people, [], { summary }).filter((p) => p?.personId === 'emi').length;
    expect(forced).toBeLessThan(40);
    expect(draws(people, []).every((p) => p?.personId === 'emi')).toBe(true);
  });
});

describe('while someone would welcome a hello', () => {
  it('picks, among a strategy\u2019s lines, one that can name them, not the one shown last', async () => {
    const { pickLine } = await import('../../src/pick/line.ts');
    const log = [{ type: 'shown', at: 1, strategyId: 's', kind: 'connect', line: 0, nudgeId: 'n' }] as never;
    for (let r = 0; r < 1; r += 0.05) expect(pickLine('s', 3, log, () => r, undefined, [0, 2])).toBe(2);
    // With only the last one left to name them, it is that one.
    expect(pickLine('s', 3, log, () => 0.5, undefined, [0])).toBe(0);
  });
});
