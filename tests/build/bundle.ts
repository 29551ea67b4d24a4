/**
 * Reading the built extension the way a browser does: which files a page loads before its
 * first paint (its HTML's scripts and styles, and every chunk they import statically), and
 * how big they are gzipped. Shared by the budget and architecture tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(process.env['TEND_DIST'] ?? 'dist');

/** The built tree for a target, or a loud failure saying how to build it. */
export function distDir(target: 'chrome' | 'firefox'): string {
  const dir = join(DIST, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

export const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Files the HTML page references directly (scripts and stylesheets), absolute. */
export function pageAssets(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*\shref="([^"]+\.css)"/g)];
  return refs.map((m) => resolve(dirname(htmlPath), m[1] ?? ''));
}

/** Static imports of a built ES module (not `import()`), absolute. */
export function staticImports(jsPath: string): string[] {
  const code = readFileSync(jsPath, 'utf8');
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return found.map((spec) => resolve(dirname(jsPath), spec));
}

/** Dynamic `import("…")` targets of a built ES module, absolute. */
export function dynamicImports(jsPath: string): string[] {
  const code = readFileSync(jsPath, 'utf8');
  return [...code.matchAll(/\bimport\("(\.{1,2}\/[^"]+\.js)"\)/g)].map((m) => resolve(dirname(jsPath), m[1] ?? ''));
}

/** `start` and every module it imports statically, transitively. */
export function staticClosure(start: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(file));
  }
  return [...seen];
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export const rel = (dir: string, path: string): string => relative(dir, path);
