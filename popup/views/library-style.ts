/** The library view's styles (see style.ts). */
export const LIBRARY_CSS = `
.library summary { cursor: pointer; padding: 8px 0; }
.kind-group { border-top: 1px solid var(--line); }
.library summary :is(h2, h3) { display: inline; margin: 0; font-size: 1rem; color: inherit; text-transform: none; letter-spacing: normal; }
.library summary h3 { font-weight: 400; }
.library h4 { font-size: 0.8rem; margin: 12px 0 2px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.kind-controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 2px 0 6px; }
.strategies { list-style: none; padding: 0 0 6px 12px; }
.strategy[open] { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 0 10px 10px; margin: 4px 0; }
.strategy .details { border: 0; margin-top: 0; }
.strategy button, .strategy > p { margin-top: 10px; }
.own { border-top: 1px solid var(--line); }
.custom-form { display: grid; gap: 3px; margin-top: 8px; }
.custom-form label { font-weight: 600; margin-top: 8px; display: block; }
.custom-form input, .custom-form textarea, .custom-form select { width: 100%; }
.custom-form button { justify-self: start; margin-top: 12px; }
.custom-form [aria-invalid='true'] { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }
.custom-form .field-error { color: var(--error); font-size: 0.9rem; font-weight: 600; }
.pair { display: grid; grid-template-columns: 1fr 6em; gap: 10px; }
`;
