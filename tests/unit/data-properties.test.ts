/**
 * Properties of the export format (issue 13): any valid export reads back as exactly the
 * data written, and survives being stored and read back (the round trip's pure half); any
 * malformed or hostile file — wrong types, missing fields, huge strings, deep nesting,
 * `__proto__` keys, duplicate ids, random JSON or text — is refused with a declared code
 * and, where a field is to blame, its path, and parsing never throws.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyImport } from '../../src/data/apply.ts';
import { exportOf, exportText } from '../../src/data/export.ts';
import { DATA_CODES, MAX_DEPTH, type TendData } from '../../src/data/format.ts';
import { allEvents } from '../../src/data/log-events.ts';
import { parseExport } from '../../src/data/parse.ts';
import { storedOf } from '../../src/data/stored.ts';
import { NOW, tendData } from '../support/data-arbitraries.ts';

type Json = Record<string, unknown> | unknown[];
const fileOf = (data: TendData): Record<string, unknown> => JSON.parse(exportText(exportOf(data, NOW, '0.1.0'))) as Record<string, unknown>;

/** Every place in the file, as the path the parser reports and the container holding it. */
function places(root: Json): { path: string; parent: Json; key: string | number; value: unknown }[] {
  const out: { path: string; parent: Json; key: string | number; value: unknown }[] = [];
  const walk = (node: Json, path: string) => {
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      const p = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      out.push({ path: p, parent: node, key, value });
      if (typeof value === 'object' && value !== null) walk(value as Json, p);
    }
  };
  walk(root, '');
  return out;
}

const set = (parent: Json, key: string | number, value: unknown) => {
  (parent as Record<string | number, unknown>)[key] = value;
};

/** Keys a file may leave out (each has a meaning when absent); every other key is required. */
const OPTIONAL = new Set(['felt', 'howToReach', 'nextTime', 'pausedUntil', 'note', 'text', 'line', 'catchUp', 'asked', 'personId']);

type Mutation = { readonly name: string; readonly apply: (file: Record<string, unknown>, pick: number) => string | null };

const MUTATIONS: readonly Mutation[] = [
  {
    // A leaf of the wrong kind: every leaf of a Tend file is text, a number, a boolean or null.
    name: 'wrong type',
    apply: (file, pick) => {
      const leaves = places(file).filter((p) => typeof p.value !== 'object' || p.value === null);
      const place = leaves[pick % leaves.length];
      if (!place) return null;
      set(place.parent, place.key, { wrong: [1] });
      return JSON.stringify(file);
    },
  },
  {
    name: 'missing field',
    apply: (file, pick) => {
      // A kind left out of settings.kinds takes its default (src/settings/schema.ts).
      const required = places(file).filter((p) => !Array.isArray(p.parent) && !OPTIONAL.has(String(p.key)) && !/^settings\.kinds\.[a-z]+$/.test(p.path));
      const place = required[pick % required.length];
      if (!place) return null;
      Reflect.deleteProperty(place.parent, place.key);
      return JSON.stringify(file);
    },
  },
  {
    name: 'huge string',
    apply: (file, pick) => {
      const strings = places(file).filter((p) => typeof p.value === 'string');
      const place = strings[pick % strings.length];
      if (!place) return null;
      set(place.parent, place.key, 'x'.repeat(5000 + (pick % 200_000)));
      return JSON.stringify(file);
    },
  },
  {
    name: 'deep nesting',
    apply: (file, pick) => {
      const all = places(file);
      const place = all[pick % all.length];
      if (!place) return null;
      const depth = MAX_DEPTH + (pick % 5000);
      const nested = pick % 2 === 0 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      set(place.parent, place.key, '@@NESTED@@');
      return JSON.stringify(file).replace('"@@NESTED@@"', nested);
    },
  },
  {
    name: 'forbidden key',
    apply: (file, pick) => {
      const objects = [{ path: '', parent: [] as Json, key: '', value: file as unknown }, ...places(file)].filter(
        (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value),
      );
      const place = objects[pick % objects.length];
      if (!place) return null;
      const key = ['__proto__', 'constructor', 'prototype'][pick % 3] as string;
      Object.defineProperty(place.value, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return JSON.stringify(file);
    },
  },
  {
    name: 'duplicate id',
    apply: (file, pick) => {
      const lists = (['people', 'journal', 'custom'] as const).filter((k) => (file[k] as unknown[]).length > 0);
      const name = lists[pick % Math.max(1, lists.length)];
      if (!name) return null;
      const list = file[name] as Record<string, unknown>[];
      const copy = { ...(list[pick % list.length] as Record<string, unknown>) };
      list.splice(pick % (list.length + 1), 0, copy);
      return JSON.stringify(file);
    },
  },
  { name: 'random JSON', apply: (_file, pick) => JSON.stringify(fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed: pick, numRuns: 1 })[0]) },
  { name: 'random text', apply: (_file, pick) => fc.sample(fc.string({ maxLength: 200 }), { seed: pick, numRuns: 1 })[0] ?? '' },
  {
    name: 'truncated',
    apply: (file, pick) => {
      const text = JSON.stringify(file);
      return text.slice(0, pick % text.length);
    },
  },
];

const tally = new Map<string, number>();
const codes = new Map<string, number>();
afterAll(() => {
  console.info('data fuzz: mutations', Object.fromEntries(tally), 'codes', Object.fromEntries(codes));
});

const CODES: ReadonlySet<string> = new Set(DATA_CODES);

describe('export file properties', () => {
  it('any valid export reads back as the data written, and through storage and back (2,000 files)', () => {
    fc.assert(
      fc.property(tendData, (data) => {
        const text = exportText(exportOf(data, NOW, '0.1.0'));
        const parsed = parseExport(text, NOW);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.data).toEqual(data);
        // Stored as an import stores it, read back as an export reads it: the same data.
        const applied = applyImport(data, parsed, 'replace', NOW);
        if (!applied.ok) throw new Error(applied.code);
        const { slices, history } = storedOf(applied.data, NOW);
        expect(allEvents(slices.log, history)).toEqual(data.log);
        expect(slices.people.people).toEqual(data.people);
        expect(slices.journal.entries).toEqual(data.journal);
        // A merge with itself changes nothing.
        const merged = applyImport(data, parsed, 'merge', NOW);
        expect(merged.ok && merged.data).toEqual(data);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('any malformed or hostile file is refused with a declared code and a field path (5,000 files)', () => {
    fc.assert(
      fc.property(tendData, fc.nat({ max: MUTATIONS.length - 1 }), fc.nat(), (data, which, pick) => {
        const mutation = MUTATIONS[which] as Mutation;
        const text = mutation.apply(fileOf(data), pick);
        if (text === null) return;
        tally.set(mutation.name, (tally.get(mutation.name) ?? 0) + 1);
        const result = parseExport(text, NOW);
        expect(result.ok, `${mutation.name} accepted`).toBe(false);
        if (result.ok) return;
        codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
        expect(CODES.has(result.code)).toBe(true);
        expect(typeof result.path).toBe('string');
        // A fault inside the file is named by its field; only whole-file faults have none.
        if (['wrong type', 'missing field', 'huge string', 'deep nesting', 'duplicate id'].includes(mutation.name)) {
          if (!['notTend', 'badFormat'].includes(result.code)) expect(result.path, `${mutation.name} → ${result.code}`).not.toBe('');
        }
      }),
      { numRuns: 5000 },
    );
  }, 120_000);
});
