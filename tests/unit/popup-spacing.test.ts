/**
 * Cards stacked in a view keep one distance apart, the `--stack` token (issue 15: About's
 * cards touched, 0 px apart against 12 px elsewhere, because they sit in a wrapper the tab
 * panel's own spacing does not reach). happy-dom applies no layout, so this reads the sheets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the space between cards', () => {
  it('is one token', () => {
    expect(css('popup/tokens.css')).toMatch(/--stack:\s*12px;/);
    expect(css('popup/popup.css')).toContain("[role='tabpanel'] > * + * { margin-top: var(--stack); }");
  });

  it('reaches the About cards inside their wrapper', () => {
    expect(css('popup/views/about.css')).toMatch(/\.about \{[^}]*display: grid;[^}]*gap: var\(--stack\);/);
  });
});
