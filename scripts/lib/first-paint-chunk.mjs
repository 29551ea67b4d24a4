// The popup's first paint in one chunk. With code splitting, esbuild puts each module in the
// chunk of the set of entries (the page and every `import()`ed view) that reach it, so the
// popup's first paint was popup.js and some 17 chunks, asked for only once popup.js was
// parsed, each fetched, compiled and instantiated on its own (npm run bench measured the
// popup's HTML → nudge painted at 2.2× a blank page, most of the gap there). This plugin
// makes every lazily imported module also import every module of the first paint (for
// nothing at run time: by then all of them are loaded), so they share one set of entries
// and esbuild puts them in one chunk. The build names that chunk in popup.html
// (`modulepreload`), so it is fetched alongside popup.js instead of after it.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const NS = 'first-paint';

/**
 * The outputs a page's entry loads before it runs: the entry and its static imports, transitively.
 * @param {import('esbuild').Metafile} metafile @param {string} entryPoint the entry's input path
 * @returns {string[]} output paths, the entry first
 */
export function eagerOutputs(metafile, entryPoint) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === entryPoint && o.endsWith('.js'));
  if (!entry) throw new Error(`first-paint-chunk: no output for ${entryPoint}`);
  /** @type {Set<string>} */
  const eager = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const out = queue.shift() ?? '';
    if (eager.has(out)) continue;
    eager.add(out);
    for (const i of outputs[out]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
  }
  return [...eager];
}

/**
 * @param {import('esbuild').BuildOptions & { entryPoints: { in: string, out: string }[] }} options
 *   the page's build: one entry, `splitting`
 * @returns {Promise<import('esbuild').Plugin>}
 */
export async function firstPaintChunkPlugin(options) {
  const [page, ...more] = options.entryPoints.map((p) => p.in);
  if (!page || more.length > 0) throw new Error('first-paint-chunk: expects one entry point');
  // A first pass (not written) says what the first paint loads and what is imported lazily.
  const { metafile } = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const firstPaint = eagerOutputs(metafile, page)
    .flatMap((o) => Object.keys(metafile.outputs[o]?.inputs ?? {}))
    // Only source files: not the entry (its code stays in popup.js), its CSS or esbuild's own (`<define:…>`).
    .filter((i) => i !== page && !i.endsWith('.css') && existsSync(i))
    .map((i) => resolve(i));
  const lazy = new Set(
    Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => resolve(i.path))),
  );
  return {
    name: 'first-paint-chunk',
    setup(b) {
      b.onResolve({ filter: /^tend:first-paint$/ }, () => ({ path: 'first-paint', namespace: NS }));
      b.onLoad({ filter: /.*/, namespace: NS }, () => ({
        // `export *`, not a bare import: esbuild drops bare imports of packages marked side-effect free.
        contents: firstPaint.map((p) => `export * from ${JSON.stringify(p)};`).join("\n"),
        resolveDir: process.cwd(),
        loader: 'js',
      }));
      b.onLoad({ filter: /\.[jt]sx?$/ }, async ({ path }) => {
        if (!lazy.has(path)) return undefined;
        const source = await readFile(path, 'utf8');
        const loader = /** @type {'ts' | 'tsx' | 'js' | 'jsx'} */ (path.slice(path.lastIndexOf('.') + 1));
        return { contents: `${source}\nimport 'tend:first-paint';\n`, loader };
      });
    },
  };
}
