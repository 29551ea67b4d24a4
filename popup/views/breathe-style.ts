/** The breathing guide's styles are breathe.css, beside it; this name stays until breathe.tsx imports the file itself. */
export { default as BREATHE_CSS } from './breathe.css' with { type: 'text' };
