/** The export format's core (issue 13): parse with hard limits, preview, replace and merge, the file's name. */
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../src/data/apply.ts';
import { exportFileName, exportOf, exportText } from '../../src/data/export.ts';
import { FORMAT, MAX_FILE_BYTES, type ParsedExport, type TendData } from '../../src/data/format.ts';
import { utf8Bytes } from '../../src/data/guard.ts';
import { MIGRATIONS, migrateFile } from '../../src/data/migrations.ts';
import { parseExport } from '../../src/data/parse.ts';
import { preview } from '../../src/data/preview.ts';
import { storedOf } from '../../src/data/stored.ts';
import { allEvents } from '../../src/data/log-events.ts';
import type { Entry } from '../../src/journal/schema.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { NOW } from '../support/data-arbitraries.ts';

const DAY = 86_400_000;
const alice = { id: 'alice', name: 'Alice', rhythmDays: 14, contacts: [], addedAt: NOW - 40 * DAY, updatedAt: NOW - 40 * DAY };
const entry = (id: string, at: number, updatedAt = at): Entry => ({ id, at, words: ['calm'], updatedAt });
const event = (at: number, nudgeId: string) => ({ at, type: 'shown' as const, nudgeId, strategyId: 'walk', kind: 'move' as const, line: 0 });

const DATA: TendData = {
  settings: DEFAULT_SETTINGS,
  custom: [],
  people: [alice],
  journal: [entry('e1', NOW - 3 * DAY)],
  felt: [],
  log: [event(NOW - 60 * DAY, 'n1'), event(NOW - DAY, 'n2')],
};

const fileText = (over: Record<string, unknown> = {}): string => JSON.stringify({ ...exportOf(DATA, NOW, '0.1.0'), ...over });
const parsed = (text: string): ParsedExport => {
  const result = parseExport(text, NOW);
  if (!result.ok) throw new Error(`refused: ${result.code} at ${result.path}`);
  return result;
};
const refusal = (text: string) => {
  const result = parseExport(text, NOW);
  if (result.ok) throw new Error('accepted');
  return { code: result.code, path: result.path, ...(result.detail === undefined ? {} : { detail: result.detail }) };
};

describe('parseExport', () => {
  it('reads back what exportOf wrote', () => {
    expect(parsed(exportText(exportOf(DATA, NOW, '0.1.0'))).data).toEqual(DATA);
  });

  it('refuses whole-file problems by code, with no field', () => {
    expect(refusal('')).toEqual({ code: 'empty', path: '' });
    expect(refusal('{"format":1,')).toEqual({ code: 'notJson', path: '' });
    expect(refusal('[1,2]')).toEqual({ code: 'notTend', path: '' });
    expect(refusal('{"name":"not tend"}')).toEqual({ code: 'notTend', path: '' });
    expect(refusal(fileText({ format: FORMAT + 1 }))).toEqual({ code: 'newerFormat', path: 'format' });
    expect(refusal(fileText({ format: 0.5 }))).toEqual({ code: 'badFormat', path: 'format' });
    expect(refusal(' '.repeat(MAX_FILE_BYTES + 1))).toEqual({ code: 'tooLarge', path: '' });
  });

  it('counts the size in UTF-8 bytes', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(refusal(`"${'€'.repeat(Math.ceil(MAX_FILE_BYTES / 3))}"`).code).toBe('tooLarge');
  });

  it('refuses deep nesting and keys no Tend file has, naming where', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refusal(deep).code).toBe('tooDeep');
    expect(refusal(fileText().replace('"settings":{', '"settings":{"__proto__":{"x":1},'))).toEqual({ code: 'forbiddenKey', path: 'settings.__proto__' });
    expect(refusal(fileText({ people: [{ ...alice, constructor: 1 }] }))).toEqual({ code: 'forbiddenKey', path: 'people[0].constructor' });
    expect(refusal(fileText({ people: [{ ...alice, name: 'x'.repeat(100_000) }] }))).toEqual({ code: 'tooLong', path: 'people[0].name' });
  });

  it('names the field: people[3].name is empty', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({ ...alice, id, name: id === 'd' ? '   ' : id }));
    expect(refusal(fileText({ people }))).toEqual({ code: 'invalid', path: 'people[3].name', detail: 'empty' });
    expect(refusal(fileText({ people: [{ ...alice, rhythmDays: '14' }] }))).toEqual({ code: 'wrongType', path: 'people[0].rhythmDays' });
    expect(refusal(fileText({ journal: [{ ...entry('e1', NOW), words: ['calm', 'nope'] }] }))).toEqual({ code: 'invalid', path: 'journal[0].words[1]', detail: 'unknown-word' });
    expect(refusal(fileText({ settings: { ...DEFAULT_SETTINGS, dailyCap: 99 } }))).toEqual({ code: 'invalid', path: 'settings.dailyCap', detail: 'outOfRange' });
    expect(refusal(fileText({ log: [event(NOW, 'n'), { at: 'soon' }] }))).toEqual({ code: 'invalid', path: 'log[1]' });
    expect(refusal(fileText({ custom: [{ id: 'custom-a' }] }))).toEqual({ code: 'missing', path: 'custom[0].kind' });
  });

  it('refuses missing slices and duplicate ids', () => {
    const noPeople: Record<string, unknown> = { ...exportOf(DATA, NOW, '0.1.0') };
    Reflect.deleteProperty(noPeople, 'people');
    expect(refusal(JSON.stringify(noPeople))).toEqual({ code: 'missing', path: 'people' });
    expect(refusal(fileText({ people: [alice, { ...alice, name: 'Al' }] }))).toEqual({ code: 'duplicateId', path: 'people[1].id' });
    expect(refusal(fileText({ journal: [entry('e1', NOW - DAY), entry('e1', NOW)] }))).toEqual({ code: 'duplicateId', path: 'journal[1].id' });
  });

  it('reads a file without after-Done answers as having none', () => {
    const noFelt: Record<string, unknown> = { ...exportOf(DATA, NOW, '0.1.0') };
    Reflect.deleteProperty(noFelt, 'felt');
    expect(parsed(JSON.stringify(noFelt)).data.felt).toEqual([]);
  });
});

describe('format migrations', () => {
  it('this Tend writes the format its migrations lead to', () => {
    expect(FORMAT).toBe(MIGRATIONS.length + 1);
  });

  it('runs each step from the file’s format on, in order', () => {
    const steps = [(d: Readonly<Record<string, unknown>>) => ({ ...d, a: 1 }), (d: Readonly<Record<string, unknown>>) => ({ ...d, b: d['a'] })];
    expect(migrateFile({ format: 1 }, 1, steps)).toEqual({ format: 3, a: 1, b: 1 });
    expect(migrateFile({ format: 2 }, 2, steps)).toEqual({ format: 3, b: undefined });
    expect(migrateFile({ format: 3 }, 3, steps)).toEqual({ format: 3 });
  });
});

describe('preview', () => {
  it('counts what the file holds', () => {
    expect(preview(parsed(fileText()))).toMatchObject({ people: 1, journal: 1, custom: 0, log: 2, felt: 0, settings: true, tend: '0.1.0' });
  });
});

describe('applyImport', () => {
  const local: TendData = { ...DATA, settings: { ...DEFAULT_SETTINGS, dailyCap: 2 } };

  it('replace takes the file whole', () => {
    const file = parsed(fileText());
    const result = applyImport(local, file, 'replace', NOW);
    expect(result.ok && result.data).toEqual(file.data);
  });

  it('merge unites by id, the newer edit winning, and keeps the settings here', () => {
    const newerAlice = { ...alice, name: 'Alice B.', updatedAt: NOW - DAY };
    const olderEntry = { ...entry('e1', NOW - 3 * DAY), words: ['tired'] };
    const bob = { ...alice, id: 'bob', name: 'Bob' };
    const file = parsed(fileText({ people: [newerAlice, bob], journal: [olderEntry, entry('e2', NOW - 2 * DAY)], log: [event(NOW - DAY, 'n2'), event(NOW - 2 * DAY, 'n3')] }));
    const result = applyImport(local, file, 'merge', NOW);
    if (!result.ok) throw new Error(result.code);
    expect(result.data.settings.dailyCap).toBe(2);
    expect(result.data.people.map((p) => p.name)).toEqual(['Alice B.', 'Bob']);
    expect(result.data.journal.map((e) => [e.id, e.words])).toEqual([['e1', ['calm']], ['e2', ['calm']]]);
    expect(result.data.log.map((e) => e.nudgeId)).toEqual(['n1', 'n3', 'n2']);
  });

  it('a merge past a list’s limit is refused whole', () => {
    const many = (prefix: string) => Array.from({ length: 60 }, (_, i) => ({ ...alice, id: `${prefix}${i}` }));
    const file = parsed(fileText({ people: many('f') }));
    expect(applyImport({ ...local, people: many('l') }, file, 'merge', NOW)).toMatchObject({ ok: false, code: 'tooMany', path: 'people' });
  });
});

describe('stored layout', () => {
  it('folds the history into months and reads it back as one list', () => {
    const events = [event(NOW - 90 * DAY, 'a'), event(NOW - 30 * DAY, 'b'), event(NOW - DAY, 'c')];
    const { slices, history } = storedOf({ ...DATA, log: events }, NOW);
    expect(slices.log.map((e) => e.nudgeId)).toEqual(['c']);
    expect(Object.keys(history)).toHaveLength(7);
    expect(allEvents(slices.log, history)).toEqual(events);
  });
});

describe('exportFileName', () => {
  it('is tend-YYYY-MM-DD.json in the person’s zone', () => {
    expect(exportFileName(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Berlin')).toBe('tend-2027-01-01.json');
    expect(exportFileName(Date.UTC(2026, 11, 31, 23, 30), 'UTC')).toBe('tend-2026-12-31.json');
  });
});
