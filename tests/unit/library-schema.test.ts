/**
 * The library's shape: every strategy complete, notification-sized, traceable to a real
 * source file, and free of provider names (the sources' README: Tend promotes no provider).
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_POINTER, DISCLAIMER } from '../support/disclaimer.ts';
import { KINDS, SOURCES, STRATEGIES, strategyById } from '../../src/strategies/index.ts';
import type { Strategy } from '../../src/strategies/index.ts';

const TITLE_MAX = 40;
const MESSAGE_MAX = 120;
/** A realistic longish first name, for measuring named variants. */
const TWELVE = 'Maximiliana!';

/**
 * The articles as the repository names them; the originality test holds these names to the
 * committed fingerprints, and its drift check to the articles themselves when present.
 */
const sourceFiles = new Set<string>(Object.keys(SOURCES));

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

/** Every piece of user-facing text in a strategy. */
function texts(s: Strategy): string[] {
  return [
    s.title,
    s.why,
    ...s.steps,
    ...s.nudges.flatMap((n) => [n.title, n.message, ...(n.named ? [n.named.title, n.named.message] : [])]),
  ];
}

describe('library schema', () => {
  it('names five source files, each with a title', () => {
    expect(sourceFiles.size).toBe(5);
    for (const [file, source] of Object.entries(SOURCES)) {
      expect(file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(source.title.trim(), file).not.toBe('');
    }
  });

  it('has at least 40 strategies across at least 9 kinds, each kind with two or more', () => {
    expect(STRATEGIES.length).toBeGreaterThanOrEqual(40);
    for (const kind of KINDS) {
      expect(STRATEGIES.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists strategies grouped in KINDS order', () => {
    const order = STRATEGIES.map((s) => KINDS.indexOf(s.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has unique kebab-case ids that strategyById finds', () => {
    const ids = STRATEGIES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of STRATEGIES) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(strategyById(s.id)).toBe(s);
    }
    expect(strategyById('no-such-strategy')).toBeUndefined();
  });

  it.each(STRATEGIES.map((s) => [s.id, s] as const))('%s is complete and notification-sized', (_id, s) => {
    expect(KINDS).toContain(s.kind);
    for (const text of texts(s)) expect(text.trim(), s.id).not.toBe('');
    expect(s.title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(s.nudges.length).toBeGreaterThanOrEqual(3);
    for (const n of s.nudges) {
      expect(n.title.length, n.title).toBeLessThanOrEqual(TITLE_MAX);
      expect(n.message.length, n.message).toBeLessThanOrEqual(MESSAGE_MAX);
      expect(`${n.title} ${n.message}`, 'plain lines read without a person').not.toContain('{');
      if (n.named) {
        const { title, message } = n.named;
        expect(`${title} ${message}`, 'named variant uses {name}').toContain('{name}');
        expect(`${title} ${message}`.replaceAll('{name}', ''), 'only {name} placeholders').not.toMatch(/[{}]/);
        expect(title.replaceAll('{name}', TWELVE).length, title).toBeLessThanOrEqual(TITLE_MAX);
        expect(message.replaceAll('{name}', TWELVE).length, message).toBeLessThanOrEqual(MESSAGE_MAX);
      }
    }
    const why = sentences(s.why).length;
    expect(why, s.why).toBeGreaterThanOrEqual(2);
    expect(why, s.why).toBeLessThanOrEqual(3);
    expect(s.steps.length).toBeGreaterThanOrEqual(2);
    expect(s.steps.length).toBeLessThanOrEqual(6);
    expect(Number.isInteger(s.minutes)).toBe(true);
    expect(s.minutes).toBeGreaterThanOrEqual(1);
    expect(s.minutes).toBeLessThanOrEqual(60);
    expect(typeof s.withPerson).toBe('boolean');
    expect(s.sources.length).toBeGreaterThanOrEqual(1);
    expect(new Set(s.sources).size).toBe(s.sources.length);
    for (const file of s.sources) expect(sourceFiles, file).toContain(file);
  });

  it('has distinct nudge titles across the whole library, so repeats feel fresh', () => {
    const titles = STRATEGIES.flatMap((s) => s.nudges.map((n) => n.title.toLowerCase()));
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('names no provider, product, web address or phone number', () => {
    const banned =
      /betterhelp|talkspace|cerebral|headspace|7 ?cups|samaritans|lifeline|crisis text line|teladoc|amwell|mdlive|wysa|woebot|sanvello|https?:|www\.|\.(com|org|net|io)\b|\b\d{3,}\b/i;
    const all = [...STRATEGIES.flatMap((s) => texts(s).map((t) => [s.id, t] as const)), ['disclaimer', DISCLAIMER] as const, ['disclaimer', CRISIS_POINTER] as const];
    expect(all.filter(([, t]) => banned.test(t))).toEqual([]);
  });

  it('offers a disclaimer and a crisis pointer', () => {
    expect(DISCLAIMER).toMatch(/not medical/i);
    expect(CRISIS_POINTER).toMatch(/emergency services/i);
    expect(CRISIS_POINTER).toMatch(/crisis line/i);
  });
});
