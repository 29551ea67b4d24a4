/** The About view's styles are about.css, beside it; this name stays until about.tsx imports the file itself. */
export { default as ABOUT_CSS } from './about.css' with { type: 'text' };
