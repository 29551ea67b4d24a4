/** The Log view's styles are log.css, beside it; this name stays until log.tsx imports the file itself. */
export { default as LOG_CSS } from './log.css' with { type: 'text' };
