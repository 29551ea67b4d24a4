/**
 * The coverage table (source idea → strategy ids) is complete and true: every id exists,
 * every strategy is traced to an idea, every article is covered, the smaller ideas the
 * issue lists are there, and docs/library.md shows the same table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE, coverageMarkdown } from '../../src/strategies/coverage.ts';
import { SOURCES, STRATEGIES, strategyById } from '../../src/strategies/index.ts';

/** Ideas the issue names explicitly, as patterns over the rows' idea text. */
const SMALLER_IDEAS: readonly RegExp[] = [
  /active listening/i,
  /available/i,
  /boundaries/i,
  /gratitude to the people who helped/i,
  /regular check-ins by call, text or video/i,
  /identify your needs/i,
  /identify who supports you/i,
  /support groups/i,
  /online communities/i,
  /professional help/i,
  /emotional triggers/i,
  /guided imagery/i,
  /learn from your past/i,
  /reward small steps/i,
  /sleep/i,
  /food/i,
  /exercise you enjoy/i,
  /journaling/i,
  /feelings into words/i,
  /what you can control/i,
  /positive things/i,
  /volunteering/i,
  /mindfulness/i,
  /deep breathing/i,
  /meditation/i,
  /goals/i,
  /smaller pieces/i,
];

describe('library coverage', () => {
  it('maps every idea to strategies that exist', () => {
    const missing = COVERAGE.flatMap((row) => row.ids.filter((id) => !strategyById(id)).map((id) => `${row.idea} → ${id}`));
    expect(missing).toEqual([]);
    for (const row of COVERAGE) {
      expect(row.ids.length, row.idea).toBeGreaterThan(0);
      expect(row.idea.trim(), row.source).not.toBe('');
    }
  });

  it('traces every strategy to at least one idea', () => {
    const covered = new Set(COVERAGE.flatMap((row) => row.ids));
    expect(STRATEGIES.map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has rows for each of the five source files', () => {
    for (const file of Object.keys(SOURCES)) {
      expect(COVERAGE.filter((row) => row.source === file).length, file).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(SMALLER_IDEAS.map((re) => [re.source, re] as const))('has a row for "%s"', (_label, re) => {
    expect(COVERAGE.some((row) => re.test(row.idea))).toBe(true);
  });

  it("cites each row's source on the strategies it names", () => {
    const unsourced = COVERAGE.flatMap((row) =>
      row.ids.filter((id) => !strategyById(id)?.sources.includes(row.source)).map((id) => `${id} lacks ${row.source}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('is shown, unchanged, in docs/library.md', () => {
    const doc = readFileSync(new URL('../../docs/library.md', import.meta.url), 'utf8');
    expect(doc).toContain(coverageMarkdown());
  });
});
