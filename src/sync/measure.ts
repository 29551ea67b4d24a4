/**
 * What a storage.sync item costs, measured the stricter of the two ways it is counted: the
 * key plus JSON.stringify(value) in UTF-8 (what Chrome's docs say and Firefox counts), and
 * Chromium's own JSON writer, which also escapes `<`, U+2028 and U+2029 as six-byte `\uXXXX`
 * (base/json/string_escape.cc). An item under ITEM_BYTES by this count is under it by both.
 */

/** The cost of one UTF-16 code unit `c` (a surrogate pair counts 4 on its high half, 0 on its low) inside a JSON string. */
export function charBytes(c: number, next: number): number {
  if (c === 0x22 || c === 0x5c) return 2; // \" \\
  if (c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) return 2;
  if (c < 0x20 || c === 0x3c || c === 0x7f || c === 0x2028 || c === 0x2029) return 6;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return next >= 0xdc00 && next <= 0xdfff ? 4 : 6;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return 3;
}

/** Bytes of `text` as it appears inside a JSON string (without the quotes). */
export function jsonStringBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = charBytes(c, text.charCodeAt(i + 1));
    // A low surrogate counts 0 only after its high half; alone it is escaped.
    bytes += b === 0 && !isHigh(text.charCodeAt(i - 1)) ? 6 : b;
  }
  return bytes;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Bytes of any JSON value: every string measured as above, the rest as JSON.stringify writes it. */
export function valueBytes(value: unknown): number {
  if (typeof value === 'string') return jsonStringBytes(value) + 2;
  if (Array.isArray(value)) return value.reduce((n: number, x) => n + valueBytes(x), 0) + Math.max(0, value.length - 1) + 2;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, x]) => x !== undefined);
    return entries.reduce((n, [k, x]) => n + jsonStringBytes(k) + 3 + valueBytes(x), 0) + Math.max(0, entries.length - 1) + 2;
  }
  return JSON.stringify(value ?? null).length;
}

/** What one item costs against the quota. */
export const itemBytes = (key: string, value: unknown): number => jsonStringBytes(key) + valueBytes(value);
