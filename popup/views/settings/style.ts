/** The settings view's styles: they travel with its chunk (see ../style.ts), scoped to `.settings`. */
export const SETTINGS_CSS = `
.settings { display: grid; gap: 12px; }
.settings-title { margin: 0; }
.settings-status {
  position: sticky; top: 0; z-index: 1; margin: 0; padding: 8px 12px; display: flex; flex-wrap: wrap;
  gap: 2px 10px; justify-content: space-between; background: var(--card); border: 1px solid var(--line);
  border-left: 4px solid var(--accent); border-radius: 10px; font-weight: 600; box-shadow: 0 -8px 0 var(--bg);
}
/* Keyboard focus never lands hidden under the sticky tab bar and status line. */
:root:has(.settings) { scroll-padding-top: 110px; }
.settings-status .saved { color: var(--muted); font-weight: 400; }
/* In the popup it stays in view just below the sticky tab bar; full-tab there is no bar. */
body:not(.page) .settings-status { top: 46px; }
.settings-status[data-status='invalid'] { border-left-color: var(--error); }
.settings-status[data-status='invalid'] .saved { color: var(--error); font-weight: 600; }
.settings .group { display: grid; gap: 10px; min-width: 0; margin: 0; padding: 12px 14px; background: var(--card); border: 1px solid var(--line); border-radius: 12px; }
.settings .group > legend { float: left; width: 100%; padding: 0; font-size: 1rem; font-weight: 700; }
.settings .field { display: grid; gap: 4px; }
.settings .field > label, .settings .day > legend { font-weight: 600; }
.settings .field select { justify-self: start; width: 100%; max-width: 20em; }
.settings .field-error { color: var(--error); font-size: 0.9rem; font-weight: 600; }
.settings .field-error:empty { display: none; }
.settings input:not([type='checkbox']), .settings select {
  background: var(--bg); border: 1px solid var(--muted); border-radius: 8px; padding: 4px 8px; min-height: 32px; max-width: 100%;
}
.settings select:disabled { opacity: 0.55; }
.settings [aria-invalid='true'] { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }
.settings .with-unit { display: flex; align-items: center; gap: 8px; }
.settings .with-unit input { width: 6em; }
.settings .toggle { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; align-items: start; }
.settings .toggle input { width: 18px; height: 18px; margin: 2px 0 0; accent-color: var(--accent); }
.settings .toggle .hint { grid-column: 2; }
.settings .day { min-width: 0; margin: 0; padding: 0; border: 0; }
.settings .day > legend { padding: 0; }
.settings .ranges { list-style: none; margin: 4px 0 6px; padding: 0; display: grid; gap: 6px; }
.settings .range { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.settings .range input { width: auto; min-width: 8.5em; }
.settings .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.settings .remove { min-width: 32px; min-height: 32px; padding: 0 8px; line-height: 1; }
.settings .add { padding: 3px 10px; font-size: 0.9rem; }
.settings .kinds { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.settings .kind-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.settings .kind-row select { width: 11em; }
.settings .buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.settings .pause-state[data-paused='true'] { font-weight: 600; }
`;
