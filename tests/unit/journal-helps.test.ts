/**
 * "What seems to help you" (issue 12): nothing is said about a kind before five answers,
 * kinds are ranked by their share of "lighter", and the picker's lean is mild, bounded and
 * never zero.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeltAnswers, recordFelt, type FeltAnswer } from '../../src/journal/felt.ts';
import { FELT, LEAN_MAX, LEAN_MIN, helpLean, whatHelps, type Felt, type KindAnswer } from '../../src/journal/helps.ts';
import { FELT_MAX_AGE_DAYS, FELT_MAX_ANSWERS, HELPS_MIN_ANSWERS } from '../../src/journal/limits.ts';
import { KINDS, type Kind } from '../../src/strategies/types.ts';
import { at, DAY, MINUTE } from '../support/sim-clock.ts';

const NOW = at('Europe/Berlin', '2025-06-10 18:00');
/** `answers('calm', 'LLSH')`: lighter, lighter, same, heavier. */
const answers = (kind: Kind, pattern: string): KindAnswer[] =>
  (pattern.match(/[LSH]/g) ?? []).map((c) => ({ kind, felt: ({ L: 'lighter', S: 'same', H: 'heavier' } as const)[c as 'L' | 'S' | 'H'] }));

describe('what helps: the five-answer threshold', () => {
  it(`says nothing about a kind with fewer than ${HELPS_MIN_ANSWERS} answers`, () => {
    expect(HELPS_MIN_ANSWERS).toBe(5);
    expect(whatHelps([])).toEqual([]);
    expect(whatHelps(answers('calm', 'LLLL'))).toEqual([]);
  });

  it('speaks at the fifth answer, with its counts', () => {
    expect(whatHelps(answers('calm', 'LLLSH'))).toEqual([{ kind: 'calm', answers: 5, lighter: 3, same: 1, heavier: 1 }]);
  });

  it('counts per kind: five answers spread over kinds are not five for any', () => {
    expect(whatHelps([...answers('calm', 'LL'), ...answers('move', 'LL'), ...answers('body', 'L')])).toEqual([]);
  });
});

describe('what helps: the order', () => {
  it('ranks by the share that left the person lighter', () => {
    const rows = whatHelps([...answers('calm', 'LSSSS'), ...answers('move', 'LLLLS'), ...answers('connect', 'LLSSH')]);
    expect(rows.map((r) => r.kind)).toEqual(['move', 'connect', 'calm']);
  });

  it('breaks a tie in share by more answers, then by KINDS order', () => {
    // 3/5 and 6/10 are the same share, exactly.
    const rows = whatHelps([...answers('reflect', 'LLLSS'), ...answers('gratitude', 'LLLLLLSSSS'), ...answers('body', 'LLLHH')]);
    expect(rows.map((r) => r.kind)).toEqual(['gratitude', 'body', 'reflect']);
  });

  it('is a total order: the same answers in any order rank the same', () => {
    const all = [...answers('calm', 'LSH' + 'LS'), ...answers('move', 'SSSSS'), ...answers('steps', 'HHHHL')];
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        expect(whatHelps(shuffled)).toEqual(whatHelps(all));
      }),
    );
  });

  it('skips what this version does not know (read from an older or newer store)', () => {
    const odd = [...answers('calm', 'LLLLL'), { kind: 'dance', felt: 'lighter' }, { kind: 'calm', felt: 'great' }] as KindAnswer[];
    expect(whatHelps(odd)).toEqual([{ kind: 'calm', answers: 5, lighter: 5, same: 0, heavier: 0 }]);
    expect(helpLean(odd)).not.toHaveProperty('dance');
  });
});

describe('what helps: the picker’s lean', () => {
  const answer = fc.record({ kind: fc.constantFrom(...KINDS), felt: fc.constantFrom(...FELT) });

  it(`stays within [${LEAN_MIN}, ${LEAN_MAX}], never 0, and is exactly 1 under ${HELPS_MIN_ANSWERS} answers`, () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 300 }), (list) => {
        const lean = helpLean(list);
        expect(Object.keys(lean).sort()).toEqual([...KINDS].sort());
        for (const kind of KINDS) {
          const n = list.filter((a) => a.kind === kind).length;
          expect(lean[kind]).toBeGreaterThanOrEqual(LEAN_MIN);
          expect(lean[kind]).toBeLessThanOrEqual(LEAN_MAX);
          if (n < HELPS_MIN_ANSWERS) expect(lean[kind]).toBe(1);
        }
      }),
    );
  });

  it('leans toward what helped and away from what did not, symmetrically, and mildly at first', () => {
    expect(LEAN_MIN).toBeCloseTo(0.8, 12);
    const up = helpLean(answers('calm', 'LLLLL')).calm;
    const down = helpLean(answers('calm', 'HHHHH')).calm;
    expect(up).toBeCloseTo(Math.sqrt(1.25), 12); // five answers count half
    expect(down).toBeCloseTo(1 / up, 12);
    expect(helpLean(answers('calm', 'SSSSS')).calm).toBe(1);
    expect(helpLean(answers('calm', 'LLSHH')).calm).toBe(1);
    const many = helpLean(answers('calm', 'L'.repeat(200))).calm;
    expect(many).toBeGreaterThan(up);
    expect(many).toBeLessThan(LEAN_MAX);
  });

  it('grows with each further lighter answer', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Felt>(...FELT), { minLength: HELPS_MIN_ANSWERS, maxLength: 60 }), (felts) => {
        const list = felts.map((felt) => ({ kind: 'move' as const, felt }));
        expect(helpLean([...list, { kind: 'move', felt: 'lighter' }]).move).toBeGreaterThan(helpLean(list).move);
      }),
    );
  });
});

describe('felt answers: recorded and bounded', () => {
  const felt = (nudgeId: string, atMs: number, f: Felt = 'lighter', kind: Kind = 'calm'): FeltAnswer => ({ at: atMs, nudgeId, kind, felt: f });

  it('appends, and a second answer to the same nudge replaces the first', () => {
    let list = recordFelt([], felt('n1', NOW - MINUTE, 'same'), NOW);
    list = recordFelt(list, felt('n2', NOW), NOW);
    list = recordFelt(list, felt('n1', NOW + MINUTE, 'heavier'), NOW + MINUTE);
    expect(list.map((a) => [a.nudgeId, a.felt])).toEqual([['n2', 'lighter'], ['n1', 'heavier']]);
  });

  it(`keeps at most ${FELT_MAX_ANSWERS}, none older than ${FELT_MAX_AGE_DAYS} days`, () => {
    let list: FeltAnswer[] = [felt('old', NOW - FELT_MAX_AGE_DAYS * DAY - 1)];
    list = recordFelt(list, felt('new', NOW), NOW);
    expect(list.map((a) => a.nudgeId)).toEqual(['new']);
    for (let i = 0; i < FELT_MAX_ANSWERS + 20; i++) list = recordFelt(list, felt(`n${i}`, NOW + i), NOW + i);
    expect(list).toHaveLength(FELT_MAX_ANSWERS);
    expect(list[0]?.nudgeId).toBe('n20');
  });

  it('reads back what it stored, dropping and counting what it cannot read', () => {
    const good = [felt('a1', NOW - DAY), felt('b2', NOW, 'heavier', 'move')];
    expect(parseFeltAnswers(JSON.parse(JSON.stringify(good)))).toEqual({ answers: good, dropped: 0 });
    const raw = [
      ...good,
      { ...good[0], felt: 'great' },
      { ...good[0], kind: 'dance', nudgeId: 'c3' },
      { ...good[0], at: Infinity, nudgeId: 'd4' },
      good[1],
      JSON.parse('{"__proto__": {"felt": "lighter"}, "at": 1749571200000, "nudgeId": "e5", "kind": "calm", "felt": "same"}') as unknown,
      Object.create(good[0] ?? null) as unknown,
      null,
    ];
    expect(parseFeltAnswers(raw)).toEqual({ answers: good, dropped: 7 });
    expect(parseFeltAnswers({})).toEqual({ answers: [], dropped: 0 });
  });
});
