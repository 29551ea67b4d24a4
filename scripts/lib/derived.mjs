// Derived data modules (`*.derived.ts`) compute plain data from the strategy library, e.g.
// the slim catalog the worker needs. Tests and tools run them as ordinary TypeScript; the
// build evaluates them once in Node and inlines the result as JSON, so a bundle carries
// only the data it uses, not the whole library it was derived from.
import { build } from 'esbuild';

/** @returns {import('esbuild').Plugin} */
export function derivedPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  return {
    name: 'derived',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.derived\.ts$/ }, async (args) => {
        let contents = cache.get(args.path);
        if (!contents) {
          contents = evaluate(args.path);
          cache.set(args.path, contents);
        }
        return { contents: await contents, loader: 'js' };
      });
    },
  };
}

/** @param {string} url @returns {Promise<object>} */
const importModule = (url) => import(url);

/** @param {string} path */
async function evaluate(path) {
  const result = await build({ entryPoints: [path], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const code = result.outputFiles[0]?.text ?? '';
  /** @type {Record<string, unknown>} */
  const mod = { ...(await importModule(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) };
  return Object.entries(mod)
    .map(([name, value]) => {
      if (typeof value === 'function') throw new Error(`${path}: derived modules export data only (${name} is a function)`);
      // JSON.parse of a string literal parses faster than the same object literal.
      return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    })
    .join('\n');
}
