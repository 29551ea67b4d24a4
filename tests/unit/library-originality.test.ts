/**
 * Tend uses the sources' ideas, never their sentences (shared/sources/README.md): no run of
 * eight consecutive words from any source article may appear anywhere in the library.
 * Reads the articles themselves, so it fails (never skips) if they are missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE } from '../../src/strategies/coverage.ts';
import { CRISIS_POINTER, DISCLAIMER } from '../../src/strategies/disclaimer.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { sourcesDir as sourceDirectory } from '../support/sources.ts';

const RUN = 8;
const sourcesDir = sourceDirectory();

/** Lowercase words with punctuation stripped; "don’t" and "don't" both become "dont". */
function words(text: string): string[] {
  return text
    .replace(/\\n/g, ' ') // 000 is YAML with literal "\n" escapes inside its answer
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

function shingles(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

function readSources(): Map<string, Set<string>> {
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
  return new Map(files.map((f) => [f, new Set(shingles(readFileSync(new URL(f, sourcesDir), 'utf8')))]));
}

/** Every piece of library text, labelled with where it lives. `{name}` is dropped. */
function libraryTexts(): [where: string, text: string][] {
  const out: [string, string][] = [
    ['disclaimer', DISCLAIMER],
    ['crisis pointer', CRISIS_POINTER],
  ];
  for (const s of STRATEGIES) {
    out.push([s.id, s.title], [s.id, s.why], ...s.steps.map((t) => [s.id, t] as [string, string]));
    for (const n of s.nudges) {
      out.push([s.id, n.title], [s.id, n.message]);
      if (n.named) out.push([s.id, n.named.title.replaceAll('{name}', ' ')], [s.id, n.named.message.replaceAll('{name}', ' ')]);
    }
  }
  for (const row of COVERAGE) out.push([`coverage ${row.source}`, row.idea]);
  return out;
}

describe('library originality', () => {
  const sources = readSources();

  it('reads all five source articles', () => {
    expect(sources.size).toBe(5);
    for (const [file, set] of sources) expect(set.size, file).toBeGreaterThan(100);
  });

  it('would catch a sentence copied from a source', () => {
    const copied = 'Putting emotions into words can decrease the response in the amygdala!';
    expect(shingles(copied).some((s) => [...sources.values()].some((set) => set.has(s)))).toBe(true);
  });

  it(`shares no run of ${RUN} words with any source article`, () => {
    const hits: string[] = [];
    for (const [where, text] of libraryTexts()) {
      for (const shingle of shingles(text)) {
        for (const [file, set] of sources) if (set.has(shingle)) hits.push(`${where}: "${shingle}" (from ${file})`);
      }
    }
    expect(hits).toEqual([]);
  });
});
