/**
 * The extension's own content files, served to code under test the way the browser serves
 * them: `fetch(runtime.getURL('content/…'))` answers with exactly what the build writes
 * (src/strategies/content-files.ts over content/), computed once per test file. Anything
 * else still goes to the real fetch, which fails: Tend makes no other request.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { contentFiles, type ContentSources } from '../../src/strategies/content-files.ts';
import { feelingFiles } from '../../src/journal/feeling-files.ts';
import { META } from '../../src/strategies/meta.ts';
import { KINDS } from '../../src/strategies/types.ts';

export const CONTENT_LOCALES = readdirSync('content', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function sources(): ContentSources {
  return Object.fromEntries(
    CONTENT_LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        KINDS.flatMap((kind) => {
          const path = join('content', locale, `${kind}.json`);
          return existsSync(path) ? [[kind, JSON.parse(readFileSync(path, 'utf8')) as unknown]] : [];
        }),
      ),
    ]),
  );
}

function feelingSources(): Record<string, unknown> {
  return Object.fromEntries(
    CONTENT_LOCALES.flatMap((locale) => {
      const path = join('content', locale, 'feelings.json');
      return existsSync(path) ? [[locale, JSON.parse(readFileSync(path, 'utf8')) as unknown]] : [];
    }),
  );
}

let files: Record<string, unknown> | undefined;

const realFetch = globalThis.fetch;
vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const path = url.pathname.replace(/^\//, '');
  if (url.protocol === 'chrome-extension:' && path.startsWith('content/')) {
    files ??= { ...contentFiles(META, sources()), ...feelingFiles(feelingSources(), CONTENT_LOCALES) };
    const body = files[path];
    return Promise.resolve(body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  }
  return realFetch(input, init);
});
