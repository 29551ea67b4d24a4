/**
 * Where the source articles live: `../shared/sources/` beside the repository (the project's
 * layout), or `TEND_SOURCES` when a checkout sits elsewhere. Missing articles fail the
 * library tests loudly, with the fix, rather than as a bare ENOENT.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function sourcesDir(): URL {
  const override = process.env.TEND_SOURCES;
  const dir = override
    ? pathToFileURL(override.endsWith('/') ? override : `${override}/`)
    : new URL('../../../shared/sources/', import.meta.url);
  if (!existsSync(new URL('README.md', dir))) {
    throw new Error(
      `The source articles are not at ${dir.pathname}. The library tests read them; ` +
        'keep the repository beside shared/sources/ or set TEND_SOURCES to that folder.',
    );
  }
  return dir;
}
