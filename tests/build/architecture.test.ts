/**
 * The shape DESIGN.md promises, checked on the source and the built extension: every file
 * the manifests name exists; permissions are exactly what the features use; nothing can
 * reach the network or run remote or generated code; the core stays pure; one module is
 * the door to the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentStampOf, runtimeContent } from '../../scripts/lib/content.mjs';
import { distDir, filesUnder } from './bundle.ts';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  icons?: Record<string, string>;
  options_ui?: { page?: string };
  content_security_policy?: { extension_pages?: string };
};

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Source files of one context, relative to the repository. */
/** An import of the polyfill, values or types; built from its parts so this file does not match itself. */
const POLYFILL = ['webextension', 'polyfill'].join('-');
const POLYFILL_IMPORT = new RegExp(`from '${POLYFILL}'|import\\('${POLYFILL}'\\)`);
const sources = (dir: string): string[] => filesUnder(dir).filter((f) => /\.tsx?$/.test(f));

/** Permission → the API namespace that needs it. */
const PERMISSION_API: Record<string, RegExp> = {
  storage: /\bbrowser\.storage\./,
  alarms: /\bbrowser\.alarms\./,
  notifications: /\bbrowser\.notifications\./,
  idle: /\bbrowser\.idle\./,
};

describe.each(['chrome', 'firefox'] as const)('the built %s extension', (target) => {
  const dir = distDir(target);
  const manifest = readManifest(dir);

  it('contains every file its manifest names', () => {
    const named = [
      ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
      ...(manifest.background?.scripts ?? []),
      manifest.action?.default_popup,
      ...Object.values(manifest.icons ?? {}),
      ...Object.values(manifest.action?.default_icon ?? {}),
      manifest.options_ui?.page,
      '_locales/en/messages.json',
    ].filter((f): f is string => typeof f === 'string');
    expect(named.length).toBeGreaterThan(6);
    for (const file of named) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('leaves no build-time name undefined in what it ships (each is replaced by the build, scripts/build.mjs)', () => {
    const js = filesUnder(dir).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(10);
    for (const file of js) expect(readFileSync(file, 'utf8'), file).not.toMatch(/__(TARGET|CONTENT_LOCALES|CONTENT_STAMP)__/);
  });

  it("keys the pages' copies of the library by a fingerprint of the content it ships", async () => {
    const files = await runtimeContent();
    const stamp = contentStampOf(files);
    // Any change to what a strategy says is another fingerprint: a person who updates never keeps reading old words.
    const [path, first] = Object.entries(files)[0] ?? ['', null];
    expect(contentStampOf({ ...files, [path]: [first, 'changed'] })).not.toBe(stamp);
    expect(readFileSync(join(dir, 'popup/early.js'), 'utf8')).toContain(stamp);
  });

  it('asks only for storage, alarms, notifications and idle, with no host access', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  it('keeps a strict content security policy for its pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('ships no code that could reach the network, run generated code or set raw HTML', () => {
    const code = filesUnder(dir).filter((f) => /\.(js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(2);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      // The one fetch is of the extension's own files (platform/content.ts): its
      // argument is always runtime.getURL(…), which names nothing outside the extension.
      // The one importScripts is of the worker's own command script (background/load-commands.ts).
      expect(text, file).not.toMatch(/\bfetch\((?![\w$]+\.runtime\.getURL\()|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\((?![\w$]+\.runtime\.getURL\()/);
      expect(text, file).not.toMatch(/\beval\(|new Function\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/);
      expect(text, file).not.toMatch(/<script[^>]+src="https?:/);
    }
  });
});

describe('the source', () => {
  const all = [...sources('src'), ...sources('platform'), ...sources('background'), ...sources('popup'), ...sources('ui'), ...(existsSync('options') ? sources('options') : []), ...(existsSync('welcome') ? sources('welcome') : [])];

  it('uses every permission it asks for, and nothing else that would need one', () => {
    const text = all.map((f) => readFileSync(f, 'utf8')).join('\n');
    const manifest = readManifest('.');
    for (const permission of manifest.permissions ?? []) {
      expect(text, `${permission} is asked for but never used`).toMatch(PERMISSION_API[permission] ?? /$^/);
    }
    // APIs that need a permission Tend does not ask for.
    expect(text).not.toMatch(/\bbrowser\.(history|bookmarks|cookies|downloads|scripting|webRequest|declarativeNetRequest|topSites|management|clipboardRead)\b/);
  });

  it('keeps the core pure: src/ imports nothing from the glue, the worker or the pages', () => {
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from '(\.\.\/)+(platform|background|popup|options|welcome|ui)\//);
      expect(text, file).not.toMatch(POLYFILL_IMPORT);
    }
  });

  it('keeps tools out of the tests: scripts/ import nothing from tests/ (the harness they share lives in scripts/harness/)', () => {
    for (const file of filesUnder('scripts').filter((f) => /\.(ts|mjs)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(from|import\() *'(\.\.\/)+tests\//);
    }
  });

  it('has one door to the browser: only platform/browser.ts imports the polyfill, types included', () => {
    const importers = [...all, ...sources('tests'), ...sources('scripts')].filter((f) => POLYFILL_IMPORT.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual(['platform/browser.ts']);
  });
});
