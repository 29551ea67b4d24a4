// @vitest-environment happy-dom
/**
 * Getting around the popup: the five content views are a tab bar following the WAI-ARIA
 * tabs pattern (one tab stop, arrow keys, Home and End); Settings and About open from the
 * header beside Tend's mark (issue 15); every view opens in its labelled panel, and About
 * says what Tend is, where to turn in a crisis, where its ideas come from, and its version.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/strategies/sources.ts';
import { CRISIS_POINTER, DISCLAIMER } from '../support/disclaimer.ts';
import { disposeStores, installTend, renderPopup, VERSION } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
});

const tabs = () => screen.getAllByRole('tab');
const selected = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
const visiblePanel = () => screen.getByRole('tabpanel');
const header = () => document.querySelector('header.top') as HTMLElement;

describe('the tab bar', () => {
  it('lists the views in order, with one tab stop on the open one and panels it controls', async () => {
    await renderPopup();
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Tend');
    expect(tabs().map((t) => t.textContent)).toEqual(['Now', 'Log', 'Library', 'People', 'Journal']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    for (const tab of [...tabs(), ...within(header()).getAllByRole('button')]) {
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
    }
    expect(visiblePanel().id).toBe('panel-now');
  });

  it('moves with the arrow keys, Home and End, opening each view and keeping focus on its tab', async () => {
    await renderPopup();
    const now = tabs()[0];
    now?.focus();
    fireEvent.keyDown(now as HTMLElement, { key: 'ArrowRight' });
    expect(selected()).toEqual(['Log']);
    expect(document.activeElement?.textContent).toBe('Log');
    expect(await within(visiblePanel()).findByRole('heading', { name: 'The last seven days' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(selected()).toEqual(['Journal']);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(selected()).toEqual(['Now']);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowLeft' });
    expect(selected()).toEqual(['Journal']);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(selected()).toEqual(['Now']);
    expect(document.activeElement).toBe(tabs()[0]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
  });

  it('opens Settings and About from the header, with no tab selected and Now keeping the tab stop', async () => {
    await renderPopup();
    // The mark is decoration: hidden from assistive technology, beside the name.
    const mark = header().querySelector('svg');
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    expect(header().textContent).toContain('Tend');
    fireEvent.click(within(header()).getByRole('button', { name: 'Settings' }));
    expect(selected()).toEqual([]);
    expect(visiblePanel().id).toBe('panel-settings');
    expect(visiblePanel().getAttribute('aria-labelledby')).toBe('open-settings');
    expect(within(header()).getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    fireEvent.click(within(header()).getByRole('button', { name: 'About' }));
    expect(await within(visiblePanel()).findByRole('heading', { name: 'About Tend' })).toBeTruthy();
    expect(within(header()).getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBeNull();
    // The arrow keys from the tab stop come back into the tabs.
    tabs()[0]?.focus();
    fireEvent.keyDown(tabs()[0] as HTMLElement, { key: 'ArrowRight' });
    expect(selected()).toEqual(['Log']);
  });

  it('opens a view by click, and on the view named when the popup opened', async () => {
    await renderPopup('settings');
    expect(selected()).toEqual([]);
    expect(visiblePanel().id).toBe('panel-settings');
    fireEvent.click(screen.getByRole('tab', { name: 'Library' }));
    expect(await within(visiblePanel()).findByRole('heading', { name: 'Library', level: 1 })).toBeTruthy();
  });
});

describe('About', () => {
  it('gives the disclaimer, the crisis pointer, the five sources, privacy and the version', async () => {
    await renderPopup('about');
    const panel = visiblePanel();
    expect(await within(panel).findByRole('heading', { name: 'About Tend' })).toBeTruthy();
    const text = panel.textContent;
    expect(text).toContain(DISCLAIMER);
    expect(text).toContain(CRISIS_POINTER);
    const sources = within(panel).getByRole('heading', { name: 'Where the ideas come from' }).parentElement;
    const items = within(sources as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    Object.values(SOURCES).forEach((source, i) => {
      expect(items[i]?.textContent).toContain(source.title);
      expect(items[i]?.textContent).toContain(source.publisher);
    });
    expect(text).toContain('stays in this browser on this device');
    expect(text).toContain(`Version ${VERSION}`);
  });
});
