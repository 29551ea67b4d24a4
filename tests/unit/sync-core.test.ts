/**
 * The pure core of "Settings that follow you" (issue 13, src/sync/): any valid payload cut
 * into storage.sync items reads back the same, every item under 8 KB as Chrome counts it; a
 * merge keeps the newest edit per field and per id; a hostile sync value is refused with
 * the item or field named.
 */
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { KINDS, type Strategy } from '../../src/strategies/types.ts';
import { digest, layout, overQuota, partKey, staleKeys, type Items } from '../../src/sync/items.ts';
import { INDEX_KEY, ITEM_BYTES } from '../../src/sync/limits.ts';
import { merge } from '../../src/sync/merge.ts';
import { readSync, SETTINGS_FIELDS, texts, type SyncPayload } from '../../src/sync/payload.ts';
import { firstStamps, localPayload, restamp } from '../../src/sync/stamps.ts';
import { NOW, tendData } from '../support/data-arbitraries.ts';

/** What Chrome's docs say it counts: the key plus JSON.stringify(value), in UTF-8. */
const chromeBytes = (key: string, value: unknown): number => Buffer.byteLength(key, 'utf8') + Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Text of any code points, the ones JSON escapes and `<` among them, trimmed and not blank (as the schemas keep it). */
const anyText = (max: number) =>
  fc
    .string({ unit: fc.oneof(fc.constantFrom('<', '"', '\\', '\n', '\u0001', '\u2028', 'é', '😀', '字'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

const strategy = (i: number): fc.Arbitrary<Strategy> =>
  fc.record({
    id: fc.constant(`custom-${i}`),
    kind: fc.constantFrom(...KINDS),
    title: anyText(40),
    nudges: fc.array(fc.record({ title: anyText(40), message: anyText(120) }), { minLength: 1, maxLength: 5 }),
    why: fc.constant(''),
    steps: fc.array(anyText(200), { maxLength: 8 }),
    minutes: fc.integer({ min: 1, max: 120 }),
    withPerson: fc.boolean(),
    sources: fc.constant([] as never[]),
  });
const customs = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => strategy(i))));
const at = fc.oneof(fc.constant(0), fc.integer({ min: NOW - 1e9, max: NOW }));
const edited = fc.tuple(...SETTINGS_FIELDS.map(() => at)).map((ats) => Object.fromEntries(SETTINGS_FIELDS.map((f, i) => [f, ats[i]])) as SyncPayload['edited']);

const payloads: fc.Arbitrary<SyncPayload> = fc.record({ data: tendData, custom: customs, edited, ats: fc.array(at, { minLength: 20, maxLength: 20 }), withPeople: fc.boolean() }).map(({ data, custom, edited: e, ats, withPeople }) => ({
  settings: data.settings,
  edited: e,
  custom: [...custom.map((s, i) => ({ id: s.id, at: ats[i] ?? 0, value: s })), { id: 'custom-gone', at: NOW, value: null }],
  people: withPeople ? data.people.map((p, i) => ({ id: p.id, at: ats[i + 12] ?? 0, value: p })) : null,
}));

describe('sync items', () => {
  it('cut and joined back, any valid payload is the same, and every item stays under 8192 bytes as Chrome counts', () => {
    fc.assert(
      fc.property(payloads, (payload) => {
        const items = layout(texts(payload));
        for (const [key, value] of Object.entries(items)) expect(chromeBytes(key, value)).toBeLessThanOrEqual(ITEM_BYTES);
        // Through JSON, as storage.sync stores them.
        const read = readSync(JSON.parse(JSON.stringify(items)) as Items, NOW);
        expect(read).toEqual({ ok: true, payload });
      }),
      { numRuns: 300 },
    );
  });

  it('a long text of any characters is cut at most 8192 bytes a part, and no pair of surrogates is split', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('<', '"', '\u0000', '😀', 'ß'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 5000, maxLength: 40_000 }), (text) => {
        const items = layout({ custom: text, settings: '{}' });
        let joined = '';
        for (let i = 0; partKey('custom', i) in items; i++) {
          const part = items[partKey('custom', i)] as { t: string };
          expect(chromeBytes(partKey('custom', i), part)).toBeLessThanOrEqual(ITEM_BYTES);
          expect(/[\ud800-\udbff]$/.test(part.t) && /^[\udc00-\udfff]/.test(text.slice(joined.length + part.t.length))).toBe(false);
          joined += part.t;
        }
        expect(joined).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('default settings and no own strategies take 3 small items; stale parts are found; the quota is counted', () => {
    const payload: SyncPayload = { settings: DEFAULT_SETTINGS, edited: localPayload({ settings: DEFAULT_SETTINGS, custom: [], people: [] }, firstStamps({ settings: DEFAULT_SETTINGS, custom: [], people: [] }), false).edited, custom: [], people: null };
    const items = layout(texts(payload));
    expect(Object.keys(items).sort()).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);
    const sizes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, chromeBytes(k, v)]));
    console.log('default settings as sync items (bytes):', sizes);
    expect(sizes['tend.settings.0']).toBeLessThan(ITEM_BYTES / 2);
    expect(staleKeys({ ...items, 'tend.custom.1': {}, 'other.key': 1 }, items)).toEqual(['tend.custom.1']);
    expect(overQuota({ ...items, big: 'x'.repeat(9000) })).toMatchObject({ over: 'item', key: 'big' });
    expect(overQuota(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'x'.repeat(6000)])))).toMatchObject({ over: 'total' });
    expect(overQuota(Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, 1])))).toMatchObject({ over: 'items', count: 513 });
  });
});

describe('merge', () => {
  const simple = fc.record({ dailyCap: fc.integer({ min: 1, max: 24 }), snoozeMinutes: fc.integer({ min: 5, max: 240 }), askFelt: fc.boolean(), holds: fc.record({ idle: fc.boolean(), fullscreen: fc.boolean(), audio: fc.boolean() }) });
  const side = fc.record({ values: simple, edited }).map(({ values, edited: e }): SyncPayload => ({ settings: { ...DEFAULT_SETTINGS, ...values }, edited: e, custom: [], people: null }));

  it('keeps the newest edit of each settings field (a tie keeps this browser’s, or sync’s on the first sync)', () => {
    fc.assert(
      fc.property(side, side, fc.boolean(), (local, remote, first) => {
        const merged = merge(local, remote, first);
        if (!merged.ok) throw new Error('refused');
        for (const f of SETTINGS_FIELDS) {
          const theirs = remote.edited[f] > local.edited[f] || (remote.edited[f] === local.edited[f] && first);
          expect(merged.payload.settings[f]).toEqual((theirs ? remote : local).settings[f]);
          expect(merged.payload.edited[f]).toBe(Math.max(local.edited[f], remote.edited[f]));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the newest edit per own strategy; a newer removal removes, an older one does not', () => {
    const s = (id: string, title: string): Strategy => ({ id, kind: 'calm', title, nudges: [{ title, message: 'm' }], why: '', steps: [], minutes: 2, withPerson: false, sources: [] });
    const base = { settings: DEFAULT_SETTINGS, edited: Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, 0])) as SyncPayload['edited'], people: null };
    const local: SyncPayload = { ...base, custom: [{ id: 'custom-a', at: 5, value: s('custom-a', 'mine') }, { id: 'custom-b', at: NOW, value: s('custom-b', 'kept') }, { id: 'custom-c', at: 3, value: null }] };
    const remote: SyncPayload = { ...base, custom: [{ id: 'custom-a', at: 9, value: s('custom-a', 'theirs') }, { id: 'custom-b', at: 1, value: null }, { id: 'custom-d', at: 2, value: s('custom-d', 'new') }] };
    const merged = merge(local, remote, false);
    expect(merged.ok && merged.payload.custom.map((e) => [e.id, e.value?.title ?? null])).toEqual([
      ['custom-a', 'theirs'],
      ['custom-b', 'kept'],
      ['custom-c', null],
      ['custom-d', 'new'],
    ]);
  });

  it('settings that do not go together (a gap over the interval) take the side edited last, whole', () => {
    const e = (f: Partial<SyncPayload['edited']>) => ({ ...(Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, 0])) as SyncPayload['edited']), ...f });
    const local: SyncPayload = { settings: { ...DEFAULT_SETTINGS, intervalMinutes: 60, minGapMinutes: 60 }, edited: e({ minGapMinutes: NOW }), custom: [], people: null };
    const remote: SyncPayload = { settings: { ...DEFAULT_SETTINGS, intervalMinutes: 30, minGapMinutes: 30 }, edited: e({ intervalMinutes: NOW + 1 }), custom: [], people: null };
    const merged = merge(local, remote, false);
    expect(merged.ok && merged.payload.settings).toEqual(remote.settings);
  });

  it('restamp gives a changed field the moment now and a removed strategy a removal stamp', () => {
    const data = { settings: DEFAULT_SETTINGS, custom: [] as Strategy[], people: [] };
    const first = firstStamps(data);
    expect(restamp(first, data, NOW)).toBe(first);
    const changed: Settings = { ...DEFAULT_SETTINGS, snoozeMinutes: 45 };
    const next = restamp(first, { ...data, settings: changed }, NOW);
    expect(localPayload({ ...data, settings: changed }, next, false).edited).toMatchObject({ snoozeMinutes: NOW, dailyCap: 0 });
  });
});

describe('a hostile sync value is refused, naming the item or field', () => {
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(layout(texts({ settings: DEFAULT_SETTINGS, edited: Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, 0])) as SyncPayload['edited'], custom: [], people: null })))) as Record<string, unknown>;
  /** Items whose settings group holds `text`, with a matching digest (as a careful attacker would write them). */
  const withSettings = (text: string): Record<string, unknown> => {
    const items = layout({ settings: text, custom: '[]' });
    return JSON.parse(JSON.stringify(items)) as Record<string, unknown>;
  };
  const cases: [string, Record<string, unknown>, { code: string; path: string }][] = [
    ['an index of the wrong shape', { ...good(), [INDEX_KEY]: 'hello' }, { code: 'wrongType', path: INDEX_KEY }],
    ['a newer format', { ...good(), [INDEX_KEY]: { format: 99, groups: {} } }, { code: 'newerFormat', path: 'tend.index.format' }],
    ['a __proto__ key in the index', { ...good(), [INDEX_KEY]: JSON.parse('{"format":1,"__proto__":{"x":1},"groups":{}}') as unknown }, { code: 'forbiddenKey', path: INDEX_KEY }],
    ['a missing part', (() => { const g = good(); delete g['tend.custom.0']; return g; })(), { code: 'missing', path: 'tend.custom.0' }],
    ['a part from another write', { ...good(), 'tend.custom.0': { d: digest('[1]'), t: '[]' } }, { code: 'mixedWrites', path: 'tend.custom.0' }],
    ['a part whose text is not its digest', { ...good(), 'tend.custom.0': { d: (good()['tend.custom.0'] as { d: string }).d, t: '[ ]' } }, { code: 'mixedWrites', path: 'tend.custom.0' }],
    ['a part of the wrong type', { ...good(), 'tend.settings.0': 42 }, { code: 'wrongType', path: 'tend.settings.0' }],
    ['not JSON', withSettings('{"value":'), { code: 'notJson', path: 'tend.settings.0' }],
    ['a __proto__ inside settings', withSettings(`{"value":${JSON.stringify(DEFAULT_SETTINGS).replace('{', '{"__proto__":{"polluted":1},')},"edited":{}}`), { code: 'forbiddenKey', path: 'settings.value.__proto__' }],
    ['a huge string', withSettings(`{"value":${JSON.stringify({ ...DEFAULT_SETTINGS, spread: 'x'.repeat(5000) })},"edited":{}}`), { code: 'tooLong', path: 'settings.value.spread' }],
    ['a field of the wrong type', withSettings(`{"value":${JSON.stringify({ ...DEFAULT_SETTINGS, dailyCap: 'lots' })},"edited":{}}`), { code: 'wrongType', path: 'settings.dailyCap' }],
    ['an edit time that is no moment', withSettings(`{"value":${JSON.stringify(DEFAULT_SETTINGS)},"edited":{"dailyCap":"soon"}}`), { code: 'wrongType', path: 'settings.edited.dailyCap' }],
  ];
  it.each(cases)('%s', (_, items, expected) => {
    expect(readSync(items, NOW)).toMatchObject({ ok: false, ...expected });
  });

  it('a bad own strategy is named by its field, and an entry whose id is not its value’s is refused', () => {
    const s = { id: 'custom-a', kind: 'calm', title: '   ', nudges: [{ title: 't', message: 'm' }], why: '', steps: [], minutes: 2, withPerson: false, sources: [] };
    const items = (list: unknown) => JSON.parse(JSON.stringify(layout({ settings: JSON.stringify({ value: DEFAULT_SETTINGS, edited: {} }), custom: JSON.stringify(list) }))) as Items;
    expect(readSync(items([{ id: 'custom-a', at: 0, value: s }]), NOW)).toMatchObject({ ok: false, path: 'custom[0].title' });
    expect(readSync(items([{ id: 'custom-b', at: 0, value: { ...s, title: 'ok' } }]), NOW)).toMatchObject({ ok: false, code: 'invalid', path: 'custom[0].id' });
    expect(readSync(items([{ id: 'custom-a', at: 0, value: null }, { id: 'custom-a', at: 0, value: null }]), NOW)).toMatchObject({ ok: false, code: 'duplicateId', path: 'custom[1].id' });
  });

  it('any change to one character of a good item is read back the same or refused, never thrown', () => {
    const items = layout(texts({ settings: DEFAULT_SETTINGS, edited: Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, 0])) as SyncPayload['edited'], custom: [], people: null }));
    const key = 'tend.settings.0';
    const part = items[key] as { d: string; t: string };
    fc.assert(
      fc.property(fc.nat({ max: part.t.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }), (i, s) => {
        const t = part.t.slice(0, i) + s + part.t.slice(i + 1);
        // With the digest recomputed, so the schema (not the digest) is what judges it.
        const result = readSync({ ...items, [key]: { d: digest(t), t }, [INDEX_KEY]: { format: 1, groups: { ...(items[INDEX_KEY] as { groups: object }).groups, settings: { parts: 1, digest: digest(t) } } } }, NOW);
        if (!result.ok) expect(typeof result.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
