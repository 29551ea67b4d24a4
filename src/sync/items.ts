/**
 * The sync payload as storage.sync items, and back. Each group (settings, own strategies,
 * people) is one JSON text cut into parts that each fit an item (`tend.custom.0`,
 * `tend.custom.1`, …), and a small index (`tend.index`) says how many parts each group has
 * and a digest of its text. Browsers sync items one by one, so another browser may see a
 * new index before its parts: the digest tells a whole group from one mixed of two writes,
 * and such a group is refused, never half-read. Pure; background/sync.ts reads and writes.
 */
import { INDEX_KEY, ITEM_BYTES, MAX_ITEMS, SYNC_FORMAT, SYNC_PREFIX, TOTAL_BYTES } from './limits.ts';
import { charBytes, itemBytes } from './measure.ts';
import { canonicalJson } from '../json.ts';

export const GROUPS = ['settings', 'custom', 'people'] as const;
export type Group = (typeof GROUPS)[number];

/** One group's entry in the index. */
export interface GroupIndex {
  readonly parts: number;
  /** digest(text) of the group's whole text. */
  readonly digest: string;
}

export interface SyncIndex {
  readonly format: typeof SYNC_FORMAT;
  readonly groups: Readonly<Partial<Record<Group, GroupIndex>>>;
}

/** One part: the digest of the text it is a piece of, and its piece. */
export interface Part {
  readonly d: string;
  readonly t: string;
}

export type Items = Readonly<Record<string, unknown>>;

export const partKey = (group: Group, i: number): string => `${SYNC_PREFIX}${group}.${i}`;

/** 64 bits of FNV-1a (two 32-bit runs with different seeds) over the UTF-16 text, as hex. */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * `text` cut into pieces, each of which stored as `{ d, t }` under `key(i)` costs at most
 * ITEM_BYTES (measure.ts). A surrogate pair is never cut in two. At least one piece.
 */
export function cut(text: string, d: string, key: (i: number) => string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length || pieces.length === 0) {
    const room = ITEM_BYTES - itemBytes(key(pieces.length), { d, t: '' });
    let bytes = 0;
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      const next = text.charCodeAt(end + 1);
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const cost = charBytes(c, next) || 6;
      if (bytes + cost > room) break;
      bytes += cost;
      end += pair ? 2 : 1;
    }
    if (end === start && start < text.length) throw new Error('an item cannot hold one character');
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The items of `texts` (one JSON text per group present): the index and every part. */
export function layout(texts: Readonly<Partial<Record<Group, string>>>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const groups: Partial<Record<Group, GroupIndex>> = {};
  for (const group of GROUPS) {
    const text = texts[group];
    if (text === undefined) continue;
    const d = digest(text);
    const pieces = cut(text, d, (i) => partKey(group, i));
    pieces.forEach((t, i) => (items[partKey(group, i)] = { d, t } satisfies Part));
    groups[group] = { parts: pieces.length, digest: d };
  }
  const index: SyncIndex = { format: SYNC_FORMAT, groups };
  return { [INDEX_KEY]: index, ...items };
}

/** Tend's keys in `items` that `next` does not hold: the stale parts to remove. */
export function staleKeys(items: Items, next: Items): string[] {
  return Object.keys(items).filter((key) => key.startsWith(SYNC_PREFIX) && !Object.hasOwn(next, key));
}

/** The keys of `next` whose value differs from what `items` holds (what a write must set). */
export function changedKeys(items: Items, next: Items): string[] {
  return Object.keys(next).filter((key) => canonicalJson(items[key]) !== canonicalJson(next[key]));
}

export type QuotaProblem = { readonly over: 'item'; readonly key: string; readonly bytes: number } | { readonly over: 'total'; readonly bytes: number } | { readonly over: 'items'; readonly count: number };

/** Whether `all` (every item storage.sync would hold, other extensions' areas are their own) fits both browsers' quotas. */
export function overQuota(all: Items): QuotaProblem | null {
  const keys = Object.keys(all);
  if (keys.length > MAX_ITEMS) return { over: 'items', count: keys.length };
  let total = 0;
  for (const key of keys) {
    const bytes = itemBytes(key, all[key]);
    if (bytes > ITEM_BYTES) return { over: 'item', key, bytes };
    total += bytes;
  }
  return total > TOTAL_BYTES ? { over: 'total', bytes: total } : null;
}

/** Bytes all of `items` cost, for the page's "x KB of 100 KB". */
export const totalBytes = (items: Items): number => Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
