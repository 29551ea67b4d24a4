/**
 * Valid data for the export tests: settings, own strategies, people, journal entries,
 * after-Done answers and log events, each within its schema, with ids unique per list.
 * Times lie in the months before NOW, within what the history keeps (src/log/fold.ts).
 */
import fc from 'fast-check';
import type { TendData } from '../../src/data/format.ts';
import { FELT } from '../../src/journal/helps.ts';
import { FEELING_IDS } from '../../src/journal/vocabulary.ts';
import { EVENT_TYPES } from '../../src/log/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { KINDS } from '../../src/strategies/types.ts';

export const NOW = Date.UTC(2026, 11, 1, 12, 0);
const DAY = 86_400_000;
const past = (days: number) => fc.integer({ min: NOW - days * DAY, max: NOW });
const word = fc.stringMatching(/^[A-Za-z][a-z]{0,10}( [A-Za-z][a-z]{0,8})?$/);
const kind = fc.constantFrom(...KINDS);

const settings = fc.record({
  dailyCap: fc.integer({ min: 1, max: 24 }),
  snoozeMinutes: fc.integer({ min: 5, max: 240 }),
  askFelt: fc.boolean(),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

const custom = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}$/).map((s) => `custom-${s}`),
    kind,
    title: word,
    nudges: fc.array(fc.record({ title: word, message: word }), { minLength: 1, maxLength: 3 }),
    why: fc.constant(''),
    steps: fc.array(word, { maxLength: 3 }),
    minutes: fc.integer({ min: 1, max: 120 }),
    withPerson: fc.boolean(),
    sources: fc.constant([] as never[]),
  }),
  { selector: (s) => s.id, maxLength: 4 },
);

const person = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    name: word,
    rhythmDays: fc.integer({ min: 3, max: 365 }),
    howToReach: fc.option(word, { nil: undefined }),
    contacts: fc.array(fc.record({ at: past(150) }), { maxLength: 3 }),
    addedAt: past(300),
    updatedAt: past(300),
  })
  .map(({ howToReach, contacts, ...p }) => ({
    ...p,
    ...(howToReach === undefined ? {} : { howToReach }),
    contacts: [...contacts].sort((a, b) => a.at - b.at),
  }));

const people = fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 6 });

const entry = fc
  .record({
    id: fc.stringMatching(/^[0-9a-z]{1,12}$/),
    at: past(300),
    words: fc.uniqueArray(fc.constantFrom(...FEELING_IDS), { minLength: 1, maxLength: 3 }),
    text: fc.option(word, { nil: undefined }),
    edited: fc.nat({ max: DAY }),
  })
  .map(({ text, edited, ...e }) => ({ ...e, updatedAt: e.at + edited, ...(text === undefined ? {} : { text }) }));

const journal = fc
  .uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 })
  .map((es) => [...es].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

const felt = fc
  .uniqueArray(fc.record({ at: past(200), nudgeId: fc.stringMatching(/^[0-9a-z]{1,10}$/), kind, felt: fc.constantFrom(...FELT) }), {
    selector: (a) => a.nudgeId,
    maxLength: 5,
  })
  .map((as) => [...as].sort((a, b) => a.at - b.at));

const event = fc
  .record({
    at: past(150),
    type: fc.constantFrom(...EVENT_TYPES),
    nudgeId: fc.stringMatching(/^[0-9a-z]{1,10}$/),
    strategyId: fc.constantFrom('walk', 'call-someone', 'custom-a'),
    kind,
    line: fc.option(fc.nat({ max: 4 }), { nil: undefined }),
  })
  .map(({ line, ...e }) => (line === undefined ? e : { ...e, line }));

const log = fc
  .uniqueArray(event, { selector: (e) => `${e.at}|${e.type}|${e.nudgeId}`, maxLength: 30 })
  .map((es) => [...es].sort((a, b) => a.at - b.at));

export const tendData: fc.Arbitrary<TendData> = fc.record({ settings, custom, people, journal, felt, log });
