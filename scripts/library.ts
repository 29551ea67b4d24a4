/**
 * Writes the whole strategy library as one JSON file, for people who review it without
 * reading TypeScript (editors, clinicians, translators): every strategy with its sources
 * resolved to titles, the disclaimer, and the coverage table.
 *
 *   npm run library                 writes dist/library.json
 *   npm run library -- --markdown   prints the coverage table for docs/library.md
 *
 * No timestamp in the output, so two runs on the same library give the same file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { COVERAGE, coverageMarkdown } from '../src/strategies/coverage.ts';
import { CRISIS_POINTER, DISCLAIMER } from '../src/strategies/disclaimer.ts';
import { KINDS, SOURCES, STRATEGIES } from '../src/strategies/index.ts';

const OUT = 'dist/library.json';

function exportLibrary(): object {
  const kinds = KINDS.map((kind) => ({ kind, strategies: STRATEGIES.filter((s) => s.kind === kind).length }));
  return {
    about:
      "Tend's strategy library, generated from src/strategies by `npm run library`. Edit the TypeScript, not this file. In named nudge lines, {name} becomes a person's name.",
    counts: { strategies: STRATEGIES.length, kinds: kinds.filter((k) => k.strategies > 0).length, coverageRows: COVERAGE.length },
    disclaimer: DISCLAIMER,
    crisisPointer: CRISIS_POINTER,
    kinds,
    sources: SOURCES,
    strategies: STRATEGIES.map((s) => ({
      ...s,
      sources: s.sources.map((file) => ({ file, ...SOURCES[file] })),
    })),
    coverage: COVERAGE,
  };
}

if (process.argv.includes('--markdown')) {
  process.stdout.write(coverageMarkdown());
} else {
  // npm runs scripts from the package root, so the path is relative to the repo.
  const path = resolve(process.cwd(), OUT);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(exportLibrary(), null, 2) + '\n');
  const perKind = KINDS.map((kind) => `${kind} ${STRATEGIES.filter((s) => s.kind === kind).length}`).join(', ');
  console.log(`Wrote ${OUT}: ${STRATEGIES.length} strategies in ${KINDS.length} kinds (${perKind}); ${COVERAGE.length} coverage rows.`);
}
