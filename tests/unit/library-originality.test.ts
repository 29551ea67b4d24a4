/**
 * Tend uses the sources' ideas, never their sentences (the sources' README): no run of eight
 * consecutive words from any source article may appear anywhere in the library. The check
 * runs against the committed fingerprints (docs/originality.md), so it needs no articles; when
 * the articles are at hand, one more test proves the fingerprints are still theirs.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE } from '../../src/strategies/coverage.ts';
import { CRISIS_POINTER, DISCLAIMER } from '../support/disclaimer.ts';
import { SOURCES, STRATEGIES } from '../../src/strategies/index.ts';
import {
  copiedRuns,
  FINGERPRINT_FILE,
  fingerprintText,
  HASH,
  indexFingerprints,
  readFingerprintFile,
  RUN,
  type Fingerprints,
} from '../../scripts/lib/fingerprint.ts';
import { fingerprintFolder, sourcesFolder } from '../../scripts/lib/sources.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = readFingerprintFile(join(root, FINGERPRINT_FILE));
const index = indexFingerprints(committed.sources);
const folder = sourcesFolder(root);

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

/** Per article, how many fingerprints one side has that the other lacks; empty when equal. */
function drift(now: Fingerprints, then: Fingerprints): Record<string, { added: number; removed: number }> {
  const out: Record<string, { added: number; removed: number }> = {};
  for (const file of new Set([...Object.keys(now), ...Object.keys(then)])) {
    const a = new Set(now[file]);
    const b = new Set(then[file]);
    const added = [...a].filter((h) => !b.has(h)).length;
    const removed = [...b].filter((h) => !a.has(h)).length;
    if (added + removed > 0) out[file] = { added, removed };
  }
  return out;
}

describe('library originality', () => {
  it('has fingerprints for exactly the source files src/strategies/sources.ts names', () => {
    expect(Object.keys(committed.sources).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const [file, hashes] of Object.entries(committed.sources)) expect(hashes.length, file).toBeGreaterThan(100);
  });

  it(`has fingerprints made by today's rule: ${RUN}-word runs, ${HASH}`, () => {
    expect({ run: committed.run, hash: committed.hash }).toEqual({ run: RUN, hash: HASH });
  });

  it('would catch a made-up sentence copied into a strategy, and not the same idea reworded', () => {
    const made = { 'made-up.txt': fingerprintText('The quiet heron waits at dawn beside the river for small silver fish.') };
    const synthetic = indexFingerprints(made);
    const copied = 'Try this: THE QUIET HERON waits, at dawn, beside the river for small fish today.';
    expect(copiedRuns(copied, synthetic)).toEqual([
      { run: 'the quiet heron waits at dawn beside the', sources: ['made-up.txt'] },
      { run: 'quiet heron waits at dawn beside the river', sources: ['made-up.txt'] },
      { run: 'heron waits at dawn beside the river for', sources: ['made-up.txt'] },
      { run: 'waits at dawn beside the river for small', sources: ['made-up.txt'] },
    ]);
    expect(copiedRuns('At first light a heron stands by the water, waiting for fish.', synthetic)).toEqual([]);
  });

  it('would catch a sentence copied from a real source, from the committed fingerprints alone', () => {
    // Eleven words of 001, so this also fails if the normalisation drifts from the file's.
    const copied = 'Putting emotions into words can decrease the response in the amygdala!';
    expect(copiedRuns(copied, index).map((c) => c.sources)).toEqual([
      ['001_2bbe601792996373.txt'],
      ['001_2bbe601792996373.txt'],
      ['001_2bbe601792996373.txt'],
      ['001_2bbe601792996373.txt'],
    ]);
  });

  it(`shares no run of ${RUN} words with any source article`, () => {
    const hits = libraryTexts().flatMap(([where, text]) =>
      copiedRuns(text, index).map((c) => `${where}: "${c.run}" (from ${c.sources.join(', ')})`),
    );
    expect(hits).toEqual([]);
  });

  const notRun = `sources folder not found at ${folder.dir} (${folder.from}): drift check of the fingerprints not run`;
  // The default reporter counts a skipped test without naming it; say why once, on stderr.
  if (!folder.present) console.warn(`library originality: ${notRun}`);
  it.runIf(folder.present)(folder.present ? `has the fingerprints the articles in ${folder.dir} give now` : notRun, () => {
    expect(drift(fingerprintFolder(folder.dir), committed.sources), 'run `npm run fingerprints` and commit the file').toEqual({});
  });
});
