// A small zip writer for store packages (issue 14): the same files give the same bytes.
// Entries are sorted by name, every entry carries one fixed time and the same permissions
// (0644), and no extra fields are written, so nothing about the machine, the clock or the
// file system leaks into the archive. Deflate comes from node:zlib; an entry that deflate
// does not shrink is stored. Format: PKWARE APPNOTE.TXT 6.3.10, §4.3 (no zip64: a store
// package is far below 4 GB and 65 535 entries, which we check).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** @typedef {{ name: string; data: Buffer }} ZipEntry */

/** Version needed to extract: 2.0 (deflate). */
const VERSION = 20;
/** Made by Unix (high byte 3), so the external attributes carry Unix permissions. */
const MADE_BY = (3 << 8) | VERSION;
/** General purpose flag bit 11: names are UTF-8 (APPNOTE §4.4.4). */
const UTF8 = 1 << 11;
/** A regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;

/**
 * The DOS date and time of every entry: 1980-01-01 00:00 (the format's first day), or
 * SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) read in UTC.
 * @param {string | undefined} epoch seconds since 1970, as the variable holds them
 * @returns {{ time: number; date: number }}
 */
export function dosTime(epoch) {
  const at = new Date(epoch ? Number(epoch) * 1000 : Date.UTC(1980, 0, 1));
  if (Number.isNaN(at.getTime())) throw new Error(`SOURCE_DATE_EPOCH is not a number of seconds: ${epoch}`);
  if (at.getUTCFullYear() < 1980 || at.getUTCFullYear() > 2107) throw new Error(`a zip cannot hold the date ${at.toISOString()}`);
  return {
    // Seconds are stored halved: round down so the time never moves past the epoch given.
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/**
 * Every file under `dir`, as zip names (relative, `/`-separated), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort(byName);
}

/**
 * The entries for every file under `dir`, named relative to it (so `manifest.json` sits at
 * the root of the zip).
 * @param {string} dir
 * @returns {ZipEntry[]}
 */
export function entriesUnder(dir) {
  return filesUnder(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }));
}

/** Code-unit order, the same on every machine and locale. @param {string} a @param {string} b */
function byName(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A zip archive of `entries`, sorted by name: equal inputs give equal bytes.
 * @param {readonly ZipEntry[]} entries
 * @param {{ time: number; date: number }} [when] from dosTime(); default 1980-01-01 00:00
 * @returns {Buffer}
 */
export function zip(entries, when = dosTime(undefined)) {
  const sorted = [...entries].sort((a, b) => byName(a.name, b.name));
  if (sorted.length > 0xffff) throw new Error(`zip: ${sorted.length} entries need zip64, which this writer does not write`);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.name === sorted[i - 1]?.name) throw new Error(`zip: ${sorted[i]?.name} is listed twice`);
  }
  /** @type {Buffer[]} */
  const locals = [];
  /** @type {Buffer[]} */
  const centrals = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`zip: unsafe name ${name}`);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(when.time, 10);
    local.writeUInt16LE(when.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(VERSION, 6);
    local.copy(central, 8, 6, 30); // flags … name length are the same as the local header's
    central.writeUInt16LE(0, 30); // no extra field
    central.writeUInt16LE(0, 32); // no comment
    central.writeUInt16LE(0, 34); // disk 0
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(FILE_MODE, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
    if (offset > 0xffffffff) throw new Error('zip: past 4 GB needs zip64, which this writer does not write');
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // the directory's disk
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // no comment
  return Buffer.concat([...locals, directory, end]);
}
