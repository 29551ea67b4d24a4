/**
 * Size budgets from DESIGN.md, measured on the built extension (deterministic, so they
 * belong in tests; timings live in `npm run bench`).
 * - The popup's first paint: its HTML's JS and CSS, every chunk they import statically,
 *   and the biggest strategy-kind chunk (the current nudge's kind is loaded before the
 *   first render) ≤ 24 KB gzipped, Preact included.
 * - The background worker's JS ≤ 24 KB gzipped, content included.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/strategies/types.ts';
import { distDir, dynamicImports, gzipSize, pageAssets, rel, staticClosure, staticImports } from './bundle.ts';

const KB = 1024;
const BUDGET = 24 * KB;

describe.each(['chrome', 'firefox'] as const)('size budgets (%s)', (target) => {
  const dir = distDir(target);

  it('keeps everything the popup loads before its first paint within 24 KB gzipped', () => {
    const entry = pageAssets(join(dir, 'popup/popup.html'));
    const eager = staticClosure(entry);
    const kindChunks = eager
      .filter((f) => f.endsWith('.js'))
      .flatMap(dynamicImports)
      .filter((f) => KINDS.some((kind) => rel(dir, f).includes(`/${kind}-`)));
    // Every kind has its own chunk; the first paint loads the current nudge's one.
    expect(kindChunks).toHaveLength(KINDS.length);
    const biggestKind = Math.max(...kindChunks.map((f) => staticClosure([f]).filter((c) => !eager.includes(c)).reduce((n, c) => n + gzipSize(c), 0)));
    const eagerBytes = eager.reduce((n, f) => n + gzipSize(f), 0);
    const total = eagerBytes + biggestKind;
    console.log(
      `[${target}] popup first paint: ${String(total)} B gz (${eager.map((f) => `${rel(dir, f)} ${String(gzipSize(f))}`).join(', ')}; biggest kind chunk ${String(biggestKind)}) of ${String(BUDGET)}`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps the background worker within 24 KB gzipped, in one file', () => {
    const worker = join(dir, 'background/worker.js');
    expect(staticImports(worker)).toEqual([]);
    expect(dynamicImports(worker)).toEqual([]);
    const size = gzipSize(worker);
    console.log(`[${target}] worker: ${String(size)} B gz of ${String(BUDGET)}`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});
