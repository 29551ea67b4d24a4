// A stylesheet imported `with { type: 'text' }` becomes its minified text inside the
// importing chunk, so a lazy view's CSS travels with the view and is added when the chunk
// loads (popup/views/style.ts), instead of esbuild folding it into the page's first-paint
// sheet. esbuild knows only `type: 'json'` itself; a plugin may load other types
// (https://esbuild.github.io/plugins/#on-load-arguments, `with`). A plain `import './x.css'`
// from an entry is untouched: esbuild bundles it into the page's own .css file.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** @returns {import('esbuild').Plugin} */
export function cssTextPlugin() {
  return {
    name: 'css-text',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async ({ path, with: attributes }) => {
        if (attributes['type'] !== 'text') return undefined;
        const source = await readFile(path, 'utf8');
        // Text is added as it is: an @import would be left for the browser to fetch.
        if (/@import\b/.test(source)) throw new Error(`css-text: ${path} has an @import; tokens come from the page's sheet`);
        const { code } = await transform(source, { loader: 'css', minify: true, target: build.initialOptions.target ?? [] });
        return { contents: code.trim(), loader: 'text' };
      });
    },
  };
}
