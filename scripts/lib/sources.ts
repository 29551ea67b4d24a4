/**
 * Where the source articles live, when they are there at all: `shared/sources/` in the folder
 * that holds the clone (the project's layout), or the folder `TEND_SOURCES` names (resolved
 * from the working directory). Only `npm run fingerprints` and the originality test's drift
 * check read them; every other test uses the committed fingerprints, so a lone clone passes.
 *
 * A `TEND_SOURCES` naming a folder that does not exist counts as absent, like a missing
 * default: the drift check is then reported as not run, under a name that says where it
 * looked, so a mistyped path shows in the output instead of passing. An empty `TEND_SOURCES`
 * is the same as none.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprintText, type Fingerprints } from './fingerprint.ts';

export interface SourcesFolder {
  readonly dir: string;
  readonly present: boolean;
  /** How `dir` was chosen, for messages. */
  readonly from: 'TEND_SOURCES' | 'beside the clone';
}

/** `root` is the repository's root: tests derive it from their own URL, scripts from npm's cwd. */
export function sourcesFolder(root: string, env: NodeJS.ProcessEnv = process.env): SourcesFolder {
  const override = env.TEND_SOURCES;
  const dir = override ? resolve(override) : join(root, '..', 'shared', 'sources');
  return { dir, present: existsSync(dir) && statSync(dir).isDirectory(), from: override ? 'TEND_SOURCES' : 'beside the clone' };
}

/** Fingerprints of every `.txt` article in `dir`, keyed by file name in name order. */
export function fingerprintFolder(dir: string): Fingerprints {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return Object.fromEntries(files.map((f) => [f, fingerprintText(readFileSync(join(dir, f), 'utf8'))]));
}
