/**
 * The journal's commands (src/commands/journal*.ts) and what the picker takes from the
 * journal: strategies marked "when asked" never come up at random, and the lean toward
 * what seems to help stays mild and never turns a kind off (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { addEntry, deleteEntry, editEntry, felt } from '../../src/commands/journal.ts';
import { rightNow } from '../../src/commands/journal-right-now.ts';
import { another } from '../../src/commands/offer-now.ts';
import { refused } from '../../src/commands/world.ts';
import { claimScheduled } from '../../src/state/offer.ts';
import { ENTRY_TEXT_MAX } from '../../src/journal/limits.ts';
import { EMPTY_JOURNAL } from '../../src/journal/schema.ts';
import { LEAN_MAX, helpLean } from '../../src/journal/helps.ts';
import type { FeltAnswer } from '../../src/journal/felt.ts';
import { pick } from '../../src/pick/pick.ts';
import { seeded } from '../../src/random.ts';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import type { State } from '../../src/state/types.ts';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { META } from '../../src/strategies/meta.ts';
import { KINDS, type Kind, type StrategyCore } from '../../src/strategies/types.ts';
import { settingsWith } from '../support/sim-wake.ts';

const NOW = Date.UTC(2026, 10, 20, 12);
const world = { now: NOW, timeZone: 'UTC', random: seeded(7), library: CATALOG };

describe('journal commands', () => {
  it('add, edit and delete an entry; a refusal is a reply with a code and a path, and saves nothing', () => {
    const state: State = { ...INITIAL_STATE, journal: EMPTY_JOURNAL };
    const added = addEntry(state, { words: ['calm', 'hopeful'], text: '  <b>not bold</b>  ' }, world);
    expect(added.reply.ok).toBe(true);
    const journal = added.patch.journal;
    expect(journal?.entries).toEqual([
      { id: added.reply.ok ? added.reply.id : '', at: NOW, words: ['calm', 'hopeful'], text: '<b>not bold</b>', updatedAt: NOW },
    ]);
    const withEntry = { ...state, ...added.patch };
    const id = added.reply.ok ? added.reply.id : '';

    const tooLong = addEntry(withEntry, { words: ['tired'], text: 'x'.repeat(ENTRY_TEXT_MAX + 1) }, world);
    expect(tooLong).toEqual({ patch: {}, reply: { ok: false, code: 'text-too-long', path: 'text' } });
    expect(addEntry(withEntry, { words: [] }, world).reply).toEqual({ ok: false, code: 'no-word', path: 'words' });
    expect(addEntry(withEntry, { words: ['calm', 'nope'] }, world).reply).toEqual({ ok: false, code: 'unknown-word', path: 'words.1' });

    const edited = editEntry(withEntry, { id, words: ['tired'] }, { now: NOW + 60_000 });
    expect(edited.patch.journal?.entries[0]).toEqual({ id, at: NOW, words: ['tired'], updatedAt: NOW + 60_000 });
    expect(editEntry(withEntry, { id: 'gone', words: ['tired'] }, world).reply).toEqual({ ok: false, code: 'unknown-entry', path: 'id' });

    expect(deleteEntry(withEntry, { id }).patch.journal?.entries).toEqual([]);
    expect(deleteEntry(withEntry, { id: 'gone' })).toEqual({ patch: {}, reply: { ok: false, code: 'unknown-entry', path: 'id' } });
  });

  it('records "How do you feel now?" for the kind the log says was done, replacing a second tap', () => {
    const log = [
      { at: NOW - 60_000, type: 'shown', nudgeId: 'n1', strategyId: 'calm-slow-breathing', kind: 'calm' },
      { at: NOW - 30_000, type: 'done', nudgeId: 'n1', strategyId: 'calm-slow-breathing', kind: 'calm' },
    ] as const;
    const state: State = { ...INITIAL_STATE, log };
    const first = felt(state, { nudgeId: 'n1', felt: 'lighter' }, world);
    expect(first.patch.felt).toEqual([{ at: NOW, nudgeId: 'n1', kind: 'calm', felt: 'lighter' }]);
    const again = felt({ ...state, ...first.patch }, { nudgeId: 'n1', felt: 'same' }, { now: NOW + 1 });
    expect(again.patch.felt).toEqual([{ at: NOW + 1, nudgeId: 'n1', kind: 'calm', felt: 'same' }]);
    // A nudge that was not done records nothing.
    expect(felt(state, { nudgeId: 'n2', felt: 'heavier' }, world)).toEqual({ patch: {}, reply: { ok: false, code: 'unknown-entry', path: 'nudgeId' } });
  });

  it('"Something for right now?" puts a fitting strategy on offer: calm for tense words, connect or body for low ones', () => {
    const state: State = { ...INITIAL_STATE };
    const kindOf = (words: string[]): Kind | undefined => {
      const result = rightNow(state, { words }, { ...world, random: seeded(3) });
      if (refused(result)) return undefined;
      return result.patch.current?.kind;
    };
    expect(kindOf(['anxious', 'tense'])).toBe('calm');
    expect(['connect', 'body']).toContain(kindOf(['lonely']));
    expect(refused(rightNow(state, { words: ['calm'] }, world))).toBe(true);
    // Asked for: a strategy marked "when asked" may come up.
    const onlyLetItBe = { ...world, library: META.filter((s) => s.kind === 'calm' || s.id === 'reflect-let-it-be-there') };
    const calmOff = { ...state, settings: settingsWith({ kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === 'reflect' || k === 'connect', weight: 1 }])) as State['settings']['kinds'] }) };
    const result = rightNow(calmOff, { words: ['lonely'] }, { ...onlyLetItBe, library: [...onlyLetItBe.library, ...META.filter((s) => s.kind === 'connect')] });
    expect(refused(result) ? null : result.patch.current?.kind).toBe('connect');
  });
});

describe('lines that presume distress are offered only when asked', () => {
  const marked = META.filter((s) => s.whenAsked);

  it('marks "It\'s okay to feel this" and grief and loss', () => {
    expect(marked.map((s) => s.id)).toEqual(expect.arrayContaining(['reflect-let-it-be-there', 'professional-more-support']));
    // Never a whole kind: every kind keeps strategies for scheduled nudges.
    for (const kind of KINDS) expect(META.some((s) => s.kind === kind && !s.whenAsked)).toBe(true);
  });

  it('a scheduled nudge and Another one never draw them; the picker may when the person asked', () => {
    const settings = settingsWith({});
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const p = pick({ strategies: CATALOG, settings, log: [], now: NOW, timeZone: 'UTC', random: seeded(i) });
      if (p) seen.add(p.strategyId);
    }
    for (const s of marked) expect(seen.has(s.id)).toBe(false);
    expect(seen.size).toBeGreaterThan(CATALOG.length / 2);

    const onlyMarked: StrategyCore[] = marked.slice(0, 1);
    expect(pick({ strategies: onlyMarked, settings, log: [], now: NOW, timeZone: 'UTC', random: seeded(1) })).toBeNull();
    expect(pick({ strategies: onlyMarked, settings, log: [], now: NOW, timeZone: 'UTC', random: seeded(1), asked: true })?.strategyId).toBe(onlyMarked[0]?.id);

    const state: State = { ...INITIAL_STATE, settings };
    for (let i = 0; i < 300; i++) {
      const claim = claimScheduled(state, { again: false, catchUp: false }, CATALOG, NOW, 'UTC', seeded(i));
      expect(claim && marked.some((s) => s.id === claim.current.strategyId)).toBe(false);
      const offered = another(state, { nudgeId: null }, { ...world, random: seeded(i) });
      expect(!refused(offered) && marked.some((s) => s.id === offered.patch.current?.strategyId)).toBe(false);
    }
  });
});

describe('the lean toward what seems to help', () => {
  const answers = (kind: Kind, felt: FeltAnswer['felt'], n: number): FeltAnswer[] =>
    Array.from({ length: n }, (_, i) => ({ at: NOW - i * 3_600_000, nudgeId: `${kind}${felt}${String(i)}`, kind, felt }));

  it('tilts the picker toward a kind that left the person lighter, mildly, and never turns one off', () => {
    const settings = settingsWith({ kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === 'calm' || k === 'move', weight: 1 }])) as State['settings']['kinds'] });
    const strategies = CATALOG.filter((s) => (s.kind === 'calm' || s.kind === 'move') && !s.whenAsked);
    const felt = [...answers('calm', 'lighter', 40), ...answers('move', 'heavier', 40)];
    const lean = helpLean(felt);
    expect(lean.calm).toBeLessThanOrEqual(LEAN_MAX);
    expect(lean.move).toBeGreaterThanOrEqual(1 / LEAN_MAX);
    const share = (withLean: boolean): number => {
      let calm = 0;
      for (let i = 0; i < 4000; i++) {
        const p = pick({ strategies, settings, log: [], now: NOW, timeZone: 'UTC', random: seeded(i), ...(withLean ? { lean } : {}) });
        if (p && strategies.find((s) => s.id === p.strategyId)?.kind === 'calm') calm++;
      }
      return calm / 4000;
    };
    const plain = share(false);
    const leaned = share(true);
    expect(leaned).toBeGreaterThan(plain + 0.05);
    // Bounded: at most 1.25 against 0.8, so calm stays under 1.5625 / 2.5625 ≈ 61 %, and move is still drawn.
    expect(leaned).toBeLessThan(0.66);
    // A lean from anywhere is bounded again by the picker: an absurd multiplier is still mild.
    const wild = { ...lean, calm: 1e9, move: 0 };
    let moves = 0;
    for (let i = 0; i < 2000; i++) {
      const p = pick({ strategies, settings, log: [], now: NOW, timeZone: 'UTC', random: seeded(i), lean: wild });
      if (p && strategies.find((s) => s.id === p.strategyId)?.kind === 'move') moves++;
    }
    expect(moves / 2000).toBeGreaterThan(0.3);
  });
});
