/**
 * The whole of Tend's storage after a simulated year of default use plus the journal of
 * issue 12: two entries a day, each with two words and a 200-character line, written through
 * the journal's own transition (so pruned to twelve months as the worker prunes it), and an
 * after-Done answer for every Done. The log is laid out as the worker keeps it (recent events,
 * monthly history, the picker's summary). Issue 12: report it, keep it under 1 MB.
 */
import { describe, expect, it } from 'vitest';
import { addEntry } from '../../src/journal/entries.ts';
import { recordFelt, type FeltAnswer } from '../../src/journal/felt.ts';
import { FELT } from '../../src/journal/helps.ts';
import { EMPTY_JOURNAL, type JournalSlice } from '../../src/journal/schema.ts';
import { FEELING_IDS } from '../../src/journal/vocabulary.ts';
import { appendEvent } from '../../src/log/append.ts';
import { fold, foldTouches, needsFold } from '../../src/log/fold.ts';
import { EMPTY_SUMMARY, type LogSummary } from '../../src/log/summary.ts';
import type { LogEvent } from '../../src/log/types.ts';
import { seeded } from '../../src/random.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { storedBytes } from '../../src/state/backups.ts';
import { fullYear } from '../support/sim-history.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 9, 30);
const KB = 1024;

/** A 200-character line, different every time (so nothing compresses by repetition in the figure). */
const lineOf = (n: number): string => `Day ${String(n)}: ` + 'slept badly, talked to Sam at lunch, felt better after the walk home and a quiet evening. '.repeat(3).slice(0, 200 - `Day ${String(n)}: `.length);

describe('storage after a year of default use with a journal', () => {
  it('stays under 1 MB in all (figure printed), the journal bounded to twelve months', () => {
    const year = fullYear(NOW);
    const history = new Map<string, LogEvent[]>();
    let log: LogEvent[] = [];
    let summary: LogSummary = EMPTY_SUMMARY;
    let journal: JournalSlice = EMPTY_JOURNAL;
    let felt: FeltAnswer[] = [];
    const random = seeded(12);
    let i = 0;
    let n = 0;
    for (let day = NOW - 366 * DAY; day <= NOW; day += DAY) {
      for (; i < year.length && (year[i]?.at ?? Infinity) < day; i++) {
        const event = year[i] as LogEvent;
        log = appendEvent(log, event, day);
        if (event.type === 'done') felt = recordFelt(felt, { at: event.at, nudgeId: event.nudgeId, kind: event.kind, felt: FELT[n % 3] ?? 'same' }, event.at);
      }
      if (needsFold(log, day)) {
        const read = Object.fromEntries(foldTouches(log, day).map((k) => [k, history.get(k) ?? []]));
        const folded = fold(log, summary, read, day);
        for (const [k, events] of Object.entries(folded.history)) history.set(k, events);
        for (const k of folded.remove) history.delete(k);
        ({ log, summary } = folded);
      }
      // Two check-ins a day, morning and evening, two words and a 200-character line each.
      for (const hour of [8, 20]) {
        n++;
        const words = [FEELING_IDS[(n * 7) % FEELING_IDS.length] ?? 'calm', FEELING_IDS[(n * 11 + 3) % FEELING_IDS.length] ?? 'tired'];
        const text = lineOf(n);
        expect(text).toHaveLength(200);
        const added = addEntry(journal, { words: [...new Set(words)], text }, day + hour * 3_600_000 - 9.5 * 3_600_000, random);
        if (!added.ok) throw new Error(added.code);
        journal = added.slice;
      }
    }
    const bytes = {
      log: storedBytes('log', log) + storedBytes('logSummary', summary) + [...history].reduce((s, [k, e]) => s + storedBytes(k, e), 0),
      journal: storedBytes('journal', journal),
      felt: storedBytes('felt', felt),
      rest: storedBytes('settings', DEFAULT_SETTINGS) + 2 * KB, // schedule, current, health, notices: well under 2 KB
    };
    const total = bytes.log + bytes.journal + bytes.felt + bytes.rest;
    console.log(
      `[storage] a year of default use + two entries a day: ${(total / KB).toFixed(0)} KB in all — log ${(bytes.log / KB).toFixed(0)} KB, journal ${(bytes.journal / KB).toFixed(0)} KB (${String(journal.entries.length)} entries), after-Done answers ${(bytes.felt / KB).toFixed(0)} KB (${String(felt.length)}), the rest ${(bytes.rest / KB).toFixed(0)} KB`,
    );
    expect(journal.entries.length).toBeLessThanOrEqual(2 * 367);
    expect(journal.entries.length).toBeGreaterThan(2 * 360);
    expect(bytes.journal).toBeLessThan(300 * KB);
    expect(total).toBeLessThan(1024 * KB);
  });
});
