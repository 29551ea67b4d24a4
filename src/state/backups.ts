/**
 * Copies of unreadable slices, set aside under their own storage keys when a slice is
 * reset. Bounded in number (per slice) and in size: storage.local holds 10 MiB in all
 * (Chrome's QUOTA_BYTES), and a copy that would crowd out Tend's own state is not kept.
 */

/** Every kept copy's key starts so; a notice may only point at such a key. */
export const BACKUP_PREFIX = 'backup:';

/** How many unreadable copies of one slice are kept: enough to survive repeated repairs, bounded. */
export const BACKUPS_KEPT = 3;

/** A copy larger than this (key plus JSON, in bytes) is not kept; its notice says so. */
export const MAX_BACKUP_BYTES = 1024 * 1024;

/** Where an unreadable copy of a slice is kept after a repair; ISO time, so keys sort by age. */
export function backupKey(key: string, at: number): string {
  return `${BACKUP_PREFIX}${key}:${new Date(at).toISOString()}`;
}

/** The backup keys of `key` among `keys`, oldest first. */
export function backupKeysOf(keys: Iterable<string>, key: string): string[] {
  return [...keys].filter((k) => k.startsWith(`${BACKUP_PREFIX}${key}:`)).sort();
}

/**
 * What an item costs against the storage quota, as Chrome counts it: the key's length plus
 * its value's JSON, in UTF-8 bytes. `value` came from storage, so it is plain JSON.
 */
export function storedBytes(key: string, value: unknown): number {
  // undefined has no JSON at all; storage never holds it, so it costs what null would.
  return utf8Length(key) + utf8Length(JSON.stringify(value === undefined ? null : value));
}

function utf8Length(text: string): number {
  // Most stored text is ASCII, one byte a character: checked natively, not char by char.
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: one code point, four bytes (JSON escapes a lone one as ASCII).
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
