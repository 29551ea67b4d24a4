/** The About view's styles (see style.ts). */
export const ABOUT_CSS = `
.disclaimer, .crisis { margin-top: 10px; }
.crisis { background: var(--tint); border-radius: 8px; padding: 8px 10px; }
.source-list { list-style: none; padding: 0; display: grid; gap: 8px; margin-top: 8px; }
.source-list li { display: grid; }
.about .card > h2 { margin-top: 0; }
.version { text-align: center; }
`;
