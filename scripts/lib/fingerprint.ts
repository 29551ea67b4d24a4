/**
 * Fingerprints of the source articles: what the originality test checks the library
 * against, so the articles' text need not sit in (or beside) the repository.
 * docs/originality.md explains the scheme; `npm run fingerprints` regenerates the file.
 *
 * Normalisation, one rule for sources and library alike: literal "\n" escapes become spaces
 * (source 000 is YAML whose answer is written with them), text is lowercased, apostrophes are
 * dropped (so "don’t" and "don't" both become "dont"), and every other run of characters that
 * are not letters or digits separates words. A fingerprint is the hash of one run of RUN
 * consecutive normalised words joined by single spaces.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Eight words in a row is a copied sentence, not a shared idea (the sources' README). */
export const RUN = 8;

/**
 * Hex digits kept of each SHA-256: 16, i.e. 64 bits. The sources give about 6,100 distinct
 * runs and the library about 3,800, so the chance that some library run matches a source's by
 * accident (a false "copied") is about 6,100 × 3,800 / 2⁶⁴ ≈ 10⁻¹², and below 10⁻⁸ were both a
 * hundred times larger. 32 bits would make it about 1 in 200 per run of the test; 64 costs
 * the file only a fifth more than 48 and keeps it near 140 KB.
 */
export const HEX_DIGITS = 16;

/** Each source file's fingerprints, sorted and without repeats. */
export type Fingerprints = Readonly<Record<string, readonly string[]>>;

/** The committed file: the rule it was made with, then the fingerprints. */
export interface FingerprintFile {
  readonly about: string;
  readonly run: number;
  readonly hash: string;
  readonly sources: Fingerprints;
}

export const HASH = `sha256, first ${HEX_DIGITS} hex digits`;

/** Where the fingerprints are committed, relative to the repository's root. */
export const FINGERPRINT_FILE = 'tests/data/source-fingerprints.json';

export function words(text: string): string[] {
  return text
    .replace(/\\n/g, ' ')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** Every run of RUN consecutive words, as normalised text. */
export function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, HEX_DIGITS);
}

/** One text's fingerprints, sorted and without repeats (the committed form). */
export function fingerprintText(text: string): string[] {
  return [...new Set(runs(text).map(fingerprint))].sort();
}

/** From fingerprint to the source files that contain its run. */
export type FingerprintIndex = ReadonlyMap<string, readonly string[]>;

export function indexFingerprints(fingerprints: Fingerprints): FingerprintIndex {
  const index = new Map<string, string[]>();
  for (const [file, hashes] of Object.entries(fingerprints)) {
    for (const hash of hashes) index.set(hash, [...(index.get(hash) ?? []), file]);
  }
  return index;
}

export interface CopiedRun {
  readonly run: string;
  readonly sources: readonly string[];
}

/** The runs of `text` whose fingerprint a source has: empty when the text is its own words. */
export function copiedRuns(text: string, index: FingerprintIndex): CopiedRun[] {
  return runs(text).flatMap((run) => {
    const sources = index.get(fingerprint(run));
    return sources ? [{ run, sources }] : [];
  });
}

export function readFingerprintFile(path: string): FingerprintFile {
  return JSON.parse(readFileSync(path, 'utf8')) as FingerprintFile;
}
