/**
 * Properties of the journal core: whatever the person does, the transitions and the schema
 * agree (a slice the worker writes always reads back as written), the slice stays within
 * its bounds, and no input, however hostile, makes parsing throw or answer with an
 * undeclared code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEntry, deleteEntry, editEntry } from '../../src/journal/entries.ts';
import { ENTRY_TEXT_MAX, ENTRY_WORDS_MAX, JOURNAL_MAX_AGE_DAYS } from '../../src/journal/limits.ts';
import { parseJournal, salvageJournal } from '../../src/journal/parse.ts';
import { EMPTY_JOURNAL, JOURNAL_CODES, type JournalSlice } from '../../src/journal/schema.ts';
import { FEELING_IDS } from '../../src/journal/vocabulary.ts';
import { seeded } from '../../src/random.ts';
import { at, DAY, HOUR } from '../support/sim-clock.ts';

const START = at('Europe/Berlin', '2025-01-01 08:00');

const draft = fc.record(
  {
    // Mostly valid, so most steps succeed and the slice grows; now and then a refusal.
    words: fc.array(
      fc.oneof({ arbitrary: fc.constantFrom(...FEELING_IDS), weight: 19 }, { arbitrary: fc.constant('hangry'), weight: 1 }),
      { minLength: 1, maxLength: ENTRY_WORDS_MAX + 1 },
    ),
    text: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: ENTRY_TEXT_MAX + 3 }), fc.constant('   ')),
  },
  { requiredKeys: ['words'] },
);

const op = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('add' as const), draft, gap: fc.integer({ min: 0, max: 20 * DAY }) }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('edit' as const), draft, pick: fc.nat(), gap: fc.integer({ min: 0, max: DAY }) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('delete' as const), pick: fc.nat(), gap: fc.constant(0) }), weight: 1 },
);

const tally = { ops: 0, written: 0 };

describe('journal properties', () => {
  it('every slice the transitions make reads back exactly, within its bounds, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.integer(), (ops, seed) => {
        let written = 0;
        const random = seeded(seed);
        let slice: JournalSlice = EMPTY_JOURNAL;
        let now = START;
        for (const o of ops) {
          now += o.gap;
          const target = slice.entries[o.type === 'add' ? 0 : o.pick % Math.max(1, slice.entries.length)]?.id ?? 'none';
          const result =
            o.type === 'add' ? addEntry(slice, o.draft, now, random)
            : o.type === 'edit' ? editEntry(slice, target, o.draft, now)
            : deleteEntry(slice, target);
          if (!result.ok) {
            expect(JOURNAL_CODES).toContain(result.code);
            continue;
          }
          slice = result.slice;
          written++;
          expect(parseJournal(JSON.parse(JSON.stringify(slice)))).toEqual({ ok: true, value: slice, migrated: false });
          for (const e of slice.entries) {
            expect(e.at).toBeGreaterThanOrEqual(now - JOURNAL_MAX_AGE_DAYS * DAY);
            expect(e.text === undefined || (e.text.trim() === e.text && e.text !== '')).toBe(true);
          }
        }
        tally.ops += ops.length;
        tally.written += written;
      }),
      { numRuns: 150 },
    );
    // The property is only worth something if most steps were written, not refused.
    expect(tally.written / tally.ops).toBeGreaterThan(0.4);
  });

  it('never throws on any input, and refuses only with a declared code', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ version: fc.anything(), entries: fc.array(fc.anything(), { maxLength: 5 }) }),
      fc.record({
        version: fc.constant(1),
        entries: fc.array(
          fc.record({ id: fc.string(), at: fc.double(), words: fc.array(fc.string(), { maxLength: 3 }), text: fc.anything(), updatedAt: fc.integer({ min: START - HOUR, max: START }) }, { requiredKeys: [] }),
          { maxLength: 5 },
        ),
      }),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        for (const result of [parseJournal(raw), salvageJournal(raw)]) {
          if (!result.ok) expect(JOURNAL_CODES).toContain(result.code);
        }
      }),
      { numRuns: 500 },
    );
  });
});
