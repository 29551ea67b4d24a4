/**
 * `npm run fingerprints`: rewrites tests/data/source-fingerprints.json from the source
 * articles, so the originality test can hold the library to "no sentence copied" without the
 * articles' text in the repository (docs/originality.md).
 *
 * It reads every `.txt` in `shared/sources/` beside the clone, or in the folder `TEND_SOURCES`
 * names. For each article it normalises the text (literal "\n" escapes become spaces,
 * lowercase, apostrophes dropped, every other run of non-letters and non-digits separates
 * words), takes every run of 8 consecutive words joined by single spaces, and keeps the first
 * 16 hex digits (64 bits) of each run's SHA-256, sorted and without repeats. The rule itself
 * lives in scripts/lib/fingerprint.ts, which the test imports too.
 *
 * Run it after a source article is added or changed; the drift check fails until you do.
 * The output has no timestamp, so two runs on the same articles give the same file.
 */
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FINGERPRINT_FILE, HASH, RUN, type FingerprintFile } from './lib/fingerprint.ts';
import { fingerprintFolder, sourcesFolder } from './lib/sources.ts';

// npm runs scripts from the package root, so paths are relative to the repository.
const root = process.cwd();
const folder = sourcesFolder(root);
if (!folder.present) {
  console.error(`No source articles at ${folder.dir} (${folder.from}). Put them there or set TEND_SOURCES to their folder.`);
  process.exit(1);
}

const sources = fingerprintFolder(folder.dir);
const file: FingerprintFile = {
  about: 'Fingerprints of the source articles, made by `npm run fingerprints`: do not edit. See docs/originality.md.',
  run: RUN,
  hash: HASH,
  sources,
};
const out = resolve(root, FINGERPRINT_FILE);
writeFileSync(out, JSON.stringify(file, null, 1) + '\n');

const counts = Object.entries(sources).map(([name, hashes]) => `${name} ${hashes.length}`);
console.log(`Wrote ${FINGERPRINT_FILE} (${statSync(out).size} bytes) from ${folder.dir}: ${counts.join(', ')}.`);
