/**
 * The hard limits a file meets before any schema reads it: its size, that it is JSON, how
 * deep it nests, and keys no Tend file holds. So a hostile file costs a bounded amount of
 * work and never reaches a schema (or an object spread) with `__proto__` in it.
 */
import { MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING, refuse, type DataRefusal } from './format.ts';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 length without allocating a copy; stops counting once past `max`. */
export function utf8Bytes(text: string, max = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const segment = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** The parsed JSON, or why not. */
export function guarded(text: string): { readonly ok: true; readonly value: unknown } | DataRefusal {
  if (utf8Bytes(text, MAX_FILE_BYTES) > MAX_FILE_BYTES) return refuse('tooLarge', '');
  if (text.trim() === '') return refuse('empty', '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('notJson', '');
  }
  const bad = hostile(value);
  return bad ?? { ok: true, value };
}

/** The first place a value nests past MAX_DEPTH, holds a forbidden key or a text past MAX_STRING; null when none. Iterative, so no stack to overflow. */
export function hostile(root: unknown): DataRefusal | null {
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof value === 'string' && value.length > MAX_STRING) return refuse('tooLong', path);
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return refuse('tooDeep', path);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], segment(path, i), depth + 1]);
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN.has(key)) return refuse('forbiddenKey', segment(path, key));
      if (key.length > MAX_STRING) return refuse('tooLong', path);
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push([(value as Record<string, unknown>)[key], segment(path, key), depth + 1]);
    }
  }
  return null;
}
