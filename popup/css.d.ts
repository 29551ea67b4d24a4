/**
 * A stylesheet imported `with { type: 'text' }` is its text: scripts/lib/css-text.mjs loads
 * it so (minified) into the importing chunk; under vitest, which does not process CSS, it is
 * ''. A plain `import './x.css'` from an entry is bundled into the page's own sheet instead.
 */
declare module '*.css' {
  const css: string;
  export default css;
}
