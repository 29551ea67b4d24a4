// Tend never renders raw HTML, but Preact ships the code path for
// `dangerouslySetInnerHTML` (an `innerHTML` assignment), which web-ext lint rightly flags.
// This plugin replaces that one assignment with a throw, so the built extension holds no
// `innerHTML =` at all. If a Preact upgrade changes the code, the build fails loudly
// rather than quietly shipping the assignment again.
import { readFile } from 'node:fs/promises';

const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/** @returns {import('esbuild').Plugin} */
export function noRawHtmlPlugin() {
  return {
    name: 'no-raw-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const found = source.match(ASSIGNMENT)?.length ?? 0;
        if (found !== 1) {
          throw new Error(`no-raw-html: expected one innerHTML assignment in ${path}, found ${String(found)}; review the plugin for this Preact version`);
        }
        const contents = source.replace(ASSIGNMENT, '(()=>{throw new Error("Tend renders no raw HTML")})()');
        return { contents, loader: 'js' };
      });
    },
  };
}
