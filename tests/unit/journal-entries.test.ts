/**
 * The journal's stored slice and its transitions (issue 12): every refusal is a code and a
 * dotted path, nothing is half-applied, and the slice stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { addEntry, checkDraft, deleteEntry, editEntry, newEntryId, pruneJournal } from '../../src/journal/entries.ts';
import {
  ENTRY_TEXT_MAX,
  ENTRY_WORDS_MAX,
  JOURNAL_MAX_AGE_DAYS,
  JOURNAL_MAX_ENTRIES,
} from '../../src/journal/limits.ts';
import { JOURNAL_MIGRATIONS, migrateJournal, type JournalMigration } from '../../src/journal/migrations.ts';
import { parseJournal, salvageJournal } from '../../src/journal/parse.ts';
import { AT_MAX, AT_MIN, EMPTY_JOURNAL, JOURNAL_CODES, JOURNAL_VERSION, type Entry, type JournalSlice } from '../../src/journal/schema.ts';
import { seeded } from '../../src/random.ts';
import { at, DAY, HOUR, MINUTE } from '../support/sim-clock.ts';

const tz = 'Europe/Berlin';
const NOW = at(tz, '2025-06-10 18:00');
const entry = (id: string, atMs: number, words: Entry['words'] = ['calm'], text?: string): Entry => ({
  id, at: atMs, words, ...(text === undefined ? {} : { text }), updatedAt: atMs,
});
const slice = (...entries: Entry[]): JournalSlice => ({ version: JOURNAL_VERSION, entries });
const stored = (entries: unknown): unknown => ({ version: 1, entries });
const good = { id: 'abc123', at: NOW, words: ['anxious', 'tired'], text: 'A long day.', updatedAt: NOW };
const noWords = Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'words'));

describe('journal: parse from storage or a file', () => {
  it('reads a valid slice back as it was written', () => {
    const s = slice(entry('a1', NOW - HOUR, ['calm']), entry('b2', NOW, ['anxious', 'tired'], 'A long day.'));
    expect(parseJournal(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, value: s, migrated: false });
    expect(parseJournal(EMPTY_JOURNAL)).toEqual({ ok: true, value: EMPTY_JOURNAL, migrated: false });
  });

  it('sorts entries oldest first and drops a line that is only whitespace', () => {
    const r = parseJournal(stored([{ ...good, id: 'late', at: NOW + 1, updatedAt: NOW + 1 }, { ...good, text: '  \n ' }]));
    expect(r.ok && r.value.entries.map((e) => e.id)).toEqual(['abc123', 'late']);
    expect(r.ok && r.value.entries[0]).not.toHaveProperty('text');
  });

  it.each<[string, unknown, string, string]>([
    ['not an object', 'journal', '', 'not-object'],
    ['a list', [], '', 'not-object'],
    ['no version', { entries: [] }, 'version', 'missing'],
    ['a version of 0', { version: 0, entries: [] }, 'version', 'version-invalid'],
    ['a version of 1.5', { version: 1.5, entries: [] }, 'version', 'version-invalid'],
    ['a version as text', { version: '1', entries: [] }, 'version', 'version-invalid'],
    ['a newer version', { version: JOURNAL_VERSION + 1, entries: [] }, 'version', 'version-newer'],
    ['no entries', { version: 1 }, 'entries', 'missing'],
    ['entries not a list', { version: 1, entries: {} }, 'entries', 'type'],
    ['an entry that is not an object', stored([3]), 'entries.0', 'not-object'],
    ['an entry without words', stored([noWords]), 'entries.0.words', 'missing'],
    ['empty words', stored([{ ...good, words: [] }]), 'entries.0.words', 'no-word'],
    ['an unknown word', stored([good, { ...good, id: 'x2', words: ['calm', 'hangry'] }]), 'entries.1.words.1', 'unknown-word'],
    ['a word that is not text', stored([{ ...good, words: [7] }]), 'entries.0.words.0', 'unknown-word'],
    ['words not a list', stored([{ ...good, words: 'calm' }]), 'entries.0.words', 'type'],
    ['a repeated word', stored([{ ...good, words: ['calm', 'calm'] }]), 'entries.0.words', 'duplicate-word'],
    ['too many words', stored([{ ...good, words: ['calm', 'content', 'relaxed', 'peaceful', 'relieved', 'grateful', 'safe'] }]), 'entries.0.words', 'too-many-words'],
    [`a line of ${ENTRY_TEXT_MAX + 1} characters`, stored([{ ...good, text: 'x'.repeat(ENTRY_TEXT_MAX + 1) }]), 'entries.0.text', 'text-too-long'],
    ['a line that is not text', stored([{ ...good, text: 5 }]), 'entries.0.text', 'type'],
    ['a time before 2000', stored([{ ...good, at: AT_MIN - 1 }]), 'entries.0.at', 'time-out-of-range'],
    ['a time after 2200', stored([{ ...good, at: AT_MAX + 1 }]), 'entries.0.at', 'time-out-of-range'],
    ['a time of Infinity', stored([{ ...good, at: Infinity }]), 'entries.0.at', 'time-out-of-range'],
    ['a time of NaN', stored([{ ...good, at: NaN }]), 'entries.0.at', 'type'],
    ['a fractional time', stored([{ ...good, updatedAt: NOW + 0.5 }]), 'entries.0.updatedAt', 'time-out-of-range'],
    ['a time as text', stored([{ ...good, at: String(NOW) }]), 'entries.0.at', 'type'],
    ['an id with markup', stored([{ ...good, id: '<b>x</b>' }]), 'entries.0.id', 'bad-id'],
    ['a repeated id', stored([good, { ...good }]), 'entries', 'duplicate-id'],
    ['an unknown field', stored([{ ...good, mood: 3 }]), 'entries.0.mood', 'unexpected-key'],
    ['an unknown top-level field', { version: 1, entries: [], extra: true }, 'extra', 'unexpected-key'],
    [`more than ${JOURNAL_MAX_ENTRIES} entries`, stored(Array.from({ length: JOURNAL_MAX_ENTRIES + 1 }, (_, i) => ({ ...good, id: `e${i}` }))), 'entries', 'too-many-entries'],
  ])('refuses %s', (_, raw, path, code) => {
    expect(parseJournal(raw)).toEqual({ ok: false, path, code });
  });

  it('refuses hostile shapes: "__proto__" keys and inherited fields, and never pollutes Object', () => {
    const topProto = JSON.parse('{"version": 1, "entries": [], "__proto__": {"polluted": true}}') as unknown;
    expect(parseJournal(topProto)).toEqual({ ok: false, path: '__proto__', code: 'unexpected-key' });
    const entryProto = JSON.parse(`{"version": 1, "entries": [${JSON.stringify(good).slice(0, -1)}, "__proto__": {"text": "x"}}]}`) as unknown;
    expect(parseJournal(entryProto)).toEqual({ ok: false, path: 'entries.0.__proto__', code: 'unexpected-key' });
    expect(parseJournal(stored([Object.create(good) as unknown]))).toEqual({ ok: false, path: 'entries.0', code: 'not-object' });
    expect(parseJournal(Object.create({ version: 1, entries: [] }) as unknown)).toEqual({ ok: false, path: '', code: 'not-object' });
    expect(parseJournal(stored([{ ...good, words: ['__proto__'] }]))).toEqual({ ok: false, path: 'entries.0.words.0', code: 'unknown-word' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('only ever answers with a code it declares', () => {
    for (const raw of [null, 1, 'x', [], {}, { version: 1, entries: [null, {}] }, stored([{ ...good, at: -1 }]), stored([{ ...good, words: [{}] }])]) {
      const r = parseJournal(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JOURNAL_CODES).toContain(r.code);
    }
  });
});

describe('journal: salvage keeps what it can read', () => {
  it('drops the unreadable entries and repeats of an id, and counts them', () => {
    const raw = stored([good, { ...good, id: 'bad', words: [] }, { ...good }, 'junk', { ...good, id: 'ok2', at: NOW - DAY, updatedAt: NOW - DAY }]);
    const r = salvageJournal(raw);
    expect(r.ok && r.value.entries.map((e) => e.id)).toEqual(['ok2', 'abc123']);
    expect(r.ok && r.dropped).toBe(3);
  });

  it('keeps at most the newest entries', () => {
    const many = Array.from({ length: JOURNAL_MAX_ENTRIES + 5 }, (_, i) => ({ ...good, id: `e${i}`, at: NOW + i, updatedAt: NOW + i }));
    const r = salvageJournal(stored(many));
    expect(r.ok && r.value.entries.length).toBe(JOURNAL_MAX_ENTRIES);
    expect(r.ok && r.value.entries[0]?.id).toBe('e5');
    expect(r.ok && r.dropped).toBe(5);
  });

  it('refuses only when there is no journal at all', () => {
    expect(salvageJournal('x')).toEqual({ ok: false, path: '', code: 'not-object' });
    expect(salvageJournal({ version: 9, entries: [] })).toEqual({ ok: false, path: 'version', code: 'version-newer' });
    expect(salvageJournal({ version: 1 })).toEqual({ ok: false, path: 'entries', code: 'missing' });
    expect(salvageJournal({ version: 1, entries: 'x' })).toEqual({ ok: false, path: 'entries', code: 'type' });
  });
});

describe('journal: migrations', () => {
  it('has one step per version before the current one', () => {
    expect(JOURNAL_VERSION).toBe(JOURNAL_MIGRATIONS.length + 1);
  });

  it('applies the steps in order from the stored version on, each a pure function', () => {
    const steps: JournalMigration[] = [
      (d) => ({ ...d, version: 2, trail: [...(d['trail'] as string[]), 'v1→v2'] }),
      (d) => ({ ...d, version: 3, trail: [...(d['trail'] as string[]), 'v2→v3'] }),
    ];
    const old = { version: 1, trail: [] };
    expect(migrateJournal(old, 1, steps)).toEqual({ version: 3, trail: ['v1→v2', 'v2→v3'] });
    expect(migrateJournal({ version: 2, trail: [] }, 2, steps)).toEqual({ version: 3, trail: ['v2→v3'] });
    expect(migrateJournal({ version: 3, trail: [] }, 3, steps)).toEqual({ version: 3, trail: [] });
    expect(old).toEqual({ version: 1, trail: [] });
  });
});

describe('journal: drafts and transitions', () => {
  const random = seeded(7);

  it('adds an entry written now, with its words in the order picked and the line trimmed', () => {
    const r = addEntry(EMPTY_JOURNAL, { words: ['tired', 'anxious'], text: '  Long meeting.  ' }, NOW + 0.7, random);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry).toEqual({ id: r.entry.id, at: NOW, words: ['tired', 'anxious'], text: 'Long meeting.', updatedAt: NOW });
    expect(r.slice.entries).toEqual([r.entry]);
    expect(parseJournal(r.slice)).toEqual({ ok: true, value: r.slice, migrated: false });
    expect(EMPTY_JOURNAL.entries).toEqual([]);
  });

  it('takes several entries a day, each with its own id', () => {
    let s = EMPTY_JOURNAL;
    for (let i = 0; i < 12; i++) {
      const r = addEntry(s, { words: ['calm'] }, NOW + i * MINUTE, random);
      if (!r.ok) throw new Error(r.code);
      s = r.slice;
    }
    expect(s.entries).toHaveLength(12);
    expect(new Set(s.entries.map((e) => e.id)).size).toBe(12);
  });

  it('treats a whitespace-only line as no line', () => {
    const r = addEntry(EMPTY_JOURNAL, { words: ['calm'], text: ' \n\t ' }, NOW, random);
    expect(r.ok && r.entry).not.toHaveProperty('text');
    expect(checkDraft({ words: ['calm'], text: undefined })).toEqual({ ok: true, value: { words: ['calm'] } });
  });

  it.each<[string, { words: readonly string[]; text?: string }, string, string]>([
    ['no word', { words: [] }, 'words', 'no-word'],
    ['an unknown word id', { words: ['calm', 'hangry'] }, 'words.1', 'unknown-word'],
    ['a word given twice', { words: ['calm', 'calm'] }, 'words', 'duplicate-word'],
    [`more than ${ENTRY_WORDS_MAX} words`, { words: ['calm', 'content', 'relaxed', 'peaceful', 'relieved', 'grateful', 'safe'] }, 'words', 'too-many-words'],
    [`a line of ${ENTRY_TEXT_MAX + 1} characters`, { words: ['calm'], text: 'x'.repeat(ENTRY_TEXT_MAX + 1) }, 'text', 'text-too-long'],
  ])('refuses a draft with %s, and changes nothing', (_, draft, path, code) => {
    const before = slice(entry('a1', NOW - HOUR));
    expect(checkDraft(draft)).toEqual({ ok: false, path, code });
    expect(addEntry(before, draft, NOW, random)).toEqual({ ok: false, path, code });
    expect(editEntry(before, 'a1', draft, NOW)).toEqual({ ok: false, path, code });
    expect(before.entries).toHaveLength(1);
  });

  it(`accepts a line of exactly ${ENTRY_TEXT_MAX} characters, and a longer one that is only padded`, () => {
    expect(checkDraft({ words: ['calm'], text: 'x'.repeat(ENTRY_TEXT_MAX) }).ok).toBe(true);
    expect(checkDraft({ words: ['calm'], text: ` ${'x'.repeat(ENTRY_TEXT_MAX)}\n` }).ok).toBe(true);
  });

  it('refuses a draft with extra fields or of the wrong shape', () => {
    expect(checkDraft({ words: ['calm'], mood: 1 } as never)).toEqual({ ok: false, path: 'mood', code: 'unexpected-key' });
    expect(checkDraft(null as never)).toEqual({ ok: false, path: '', code: 'not-object' });
    expect(checkDraft({ words: 'calm' } as never)).toEqual({ ok: false, path: 'words', code: 'type' });
  });

  it('refuses to write at a time outside the product bound (a broken clock)', () => {
    expect(addEntry(EMPTY_JOURNAL, { words: ['calm'] }, AT_MIN - 1, random)).toEqual({ ok: false, path: 'at', code: 'time-out-of-range' });
    expect(editEntry(slice(entry('a1', NOW)), 'a1', { words: ['calm'] }, Infinity)).toEqual({ ok: false, path: 'updatedAt', code: 'time-out-of-range' });
  });

  it('edits words and line, keeping the time of the feeling and recording the edit', () => {
    const s = slice(entry('a1', NOW - DAY, ['calm'], 'Quiet.'), entry('b2', NOW - HOUR));
    const r = editEntry(s, 'a1', { words: ['relieved', 'tired'] }, NOW);
    expect(r.ok && r.entry).toEqual({ id: 'a1', at: NOW - DAY, words: ['relieved', 'tired'], updatedAt: NOW });
    expect(r.ok && r.slice.entries.map((e) => e.id)).toEqual(['a1', 'b2']);
    expect(s.entries[0]?.text).toBe('Quiet.');
    expect(editEntry(s, 'zz', { words: ['calm'] }, NOW)).toEqual({ ok: false, path: 'id', code: 'unknown-entry' });
  });

  it('deletes an entry, and refuses one that is not there', () => {
    const s = slice(entry('a1', NOW - DAY), entry('b2', NOW));
    const r = deleteEntry(s, 'a1');
    expect(r.ok && r.slice.entries.map((e) => e.id)).toEqual(['b2']);
    expect(s.entries).toHaveLength(2);
    expect(deleteEntry(s, 'zz')).toEqual({ ok: false, path: 'id', code: 'unknown-entry' });
  });

  it('makes ids that are unique even when the random source is not', () => {
    const stuck = (): number => 0.5;
    const taken = new Set<string>();
    for (let i = 0; i < 20; i++) taken.add(newEntryId(NOW, stuck, taken));
    expect(taken.size).toBe(20);
    for (const id of taken) expect(id).toMatch(/^[0-9a-z]{1,32}$/);
  });
});

describe('journal: bounded', () => {
  it(`keeps entries of the last ${JOURNAL_MAX_AGE_DAYS} days, and those dated after now`, () => {
    const s = slice(
      entry('old', NOW - JOURNAL_MAX_AGE_DAYS * DAY - 1),
      entry('edge', NOW - JOURNAL_MAX_AGE_DAYS * DAY),
      entry('recent', NOW - DAY),
      entry('ahead', NOW + HOUR),
    );
    expect(pruneJournal(s, NOW).entries.map((e) => e.id)).toEqual(['edge', 'recent', 'ahead']);
  });

  it('returns the very slice when nothing is dropped, so the worker can skip a write', () => {
    const s = slice(entry('a', NOW));
    expect(pruneJournal(s, NOW)).toBe(s);
  });

  it(`keeps at most the newest ${JOURNAL_MAX_ENTRIES}, even from an unsorted list`, () => {
    const entries = Array.from({ length: JOURNAL_MAX_ENTRIES + 10 }, (_, i) => entry(`e${i}`, NOW - i * MINUTE));
    const kept = pruneJournal(slice(...entries), NOW).entries;
    expect(kept).toHaveLength(JOURNAL_MAX_ENTRIES);
    expect(kept.some((e) => e.id === `e${JOURNAL_MAX_ENTRIES}`)).toBe(false);
    expect(kept[kept.length - 1]?.id).toBe('e0');
  });

  it('never grows past its bound by adding, dropping the oldest', () => {
    const full = slice(...Array.from({ length: JOURNAL_MAX_ENTRIES }, (_, i) => entry(`e${i}`, NOW - (JOURNAL_MAX_ENTRIES - i) * MINUTE)));
    const r = addEntry(full, { words: ['calm'] }, NOW, seeded(1));
    expect(r.ok && r.slice.entries).toHaveLength(JOURNAL_MAX_ENTRIES);
    expect(r.ok && r.slice.entries[0]?.id).toBe('e1');
  });

  it("a year of two entries a day with a 200-character line stays under 250 KB of JSON (issue 12's storage figure)", () => {
    let s = EMPTY_JOURNAL;
    const random = seeded(3);
    const line = 'x'.repeat(200);
    for (let day = 0; day < 365; day++) {
      for (const hour of [9, 20]) {
        const r = addEntry(s, { words: ['anxious', 'tired'], text: line }, NOW + day * DAY + hour * HOUR, random);
        if (!r.ok) throw new Error(r.code);
        s = r.slice;
      }
    }
    expect(s.entries).toHaveLength(730);
    const bytes = new TextEncoder().encode(JSON.stringify(s)).length;
    expect(bytes).toBeLessThan(250_000);
  });
});
