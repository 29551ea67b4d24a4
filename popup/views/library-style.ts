/** The library view's styles are library.css, beside it; this name stays until library.tsx imports the file itself. */
export { default as LIBRARY_CSS } from './library.css' with { type: 'text' };
