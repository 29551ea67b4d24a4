/** The settings view's styles are settings.css, beside it; this name stays until ../settings.tsx imports the file itself. */
export { default as SETTINGS_CSS } from './settings.css' with { type: 'text' };
