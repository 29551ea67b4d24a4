/**
 * Your data in real Chromium (issue 13): export from the options page (the download
 * captured), erase everything, import the file into a fresh profile → the same settings,
 * people and journal; a broken file → the message, and storage exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { launchTend, type Tend } from './fixture.ts';
import { libraryCopiesKept } from './scenario.ts';

const profiles: Tend[] = [];
afterAll(async () => {
  for (const tend of profiles) await tend.dispose();
});

async function launch(): Promise<Tend> {
  const tend = await launchTend();
  profiles.push(tend);
  return tend;
}

/** Sends a command as a page does; a failure comes back as the reply. */
function send(page: Page, command: string, payload: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(async ([c, p]) => await chrome.runtime.sendMessage<unknown, { ok: boolean; value?: unknown }>({ command: c, payload: p }), [command, payload] as const);
}

/** Every stored key as its JSON, read by the page. */
function snapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.keys(all).sort().map((k) => [k, JSON.stringify(all[k])]));
  });
}

function slices(page: Page): Promise<{ settings: unknown; people: unknown; journal: unknown }> {
  return page.evaluate(async () => {
    const { settings, people, journal } = await chrome.storage.local.get(['settings', 'people', 'journal']);
    return { settings, people, journal };
  });
}

/** axe-core's violations on the page as it is now (evaluated in the page: the CSP blocks a script tag). */
async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

const optionsPath = 'options/options.html#your-data';

describe('your data in the built extension', () => {
  let exported = '';
  let original: { settings: unknown; people: unknown; journal: unknown };

  it('exports everything as tend-YYYY-MM-DD.json, then erases it all', async () => {
    const tend = await launch();
    const page = await tend.openPage(optionsPath);
    expect(await send(page, 'saveSettings', { settings: { ...DEFAULT_SETTINGS, snoozeMinutes: 45 } })).toMatchObject({ ok: true });
    expect(await send(page, 'addPerson', { name: 'Alice', rhythmDays: 14 })).toMatchObject({ ok: true, value: { ok: true } });
    expect(await send(page, 'addEntry', { words: ['calm'], text: 'A quiet walk' })).toMatchObject({ ok: true, value: { ok: true } });
    original = await slices(page);

    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tend-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(exported) as Record<string, unknown>;
    expect(file['format']).toBe(1);
    expect((file['people'] as { name: string }[]).map((p) => p.name)).toEqual(['Alice']);
    await page.getByText(`Saved ${download.suggestedFilename()} to your downloads.`).waitFor();

    // The popup's own page storage (its copy of the library, Now's open disclosure) holds something.
    const popup = await tend.openPage();
    await libraryCopiesKept(popup);
    await popup.close();
    expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Erase everything…' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await page.getByText('Everything is erased. Tend is as freshly installed, with its default settings.').waitFor();
    const erased = await slices(page);
    expect(erased.people).toEqual({ version: 1, people: [] });
    expect(erased.journal).toEqual({ version: 1, entries: [] });
    expect((erased.settings as { snoozeMinutes: number }).snoozeMinutes).not.toBe(45);
    expect(await tend.inWorker(async () => (await chrome.alarms.getAll()).map((a) => a.name))).toEqual(['nudge']);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await tend.dispose();
  });

  it('imports the file into a fresh profile: the same settings, people and journal; a broken file changes nothing', async () => {
    const tend = await launch();
    const page = await tend.openPage(optionsPath);
    const input = page.getByLabel('Choose a Tend file');

    // A broken file first: the reason, and not one stored byte changed.
    const before = await snapshot(page);
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, exported.length / 2)) });
    await page.getByText('This file cannot be imported, and nothing was changed: it is not a JSON file.').waitFor();
    const renamed = exported.replace('"name": "Alice"', '"name": "   "');
    await input.setInputFiles({ name: 'blank.json', mimeType: 'application/json', buffer: Buffer.from(renamed) });
    await page.getByText('This file cannot be imported, and nothing was changed: people[0].name is empty.').waitFor();
    expect(await snapshot(page)).toEqual(before);

    await input.setInputFiles({ name: 'tend.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText(/^This file holds 1 person, 1 journal entry, and your settings\.$/).waitFor();
    // The section with its preview open passes axe, like the rest of the page.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Replace what is here' }).click();
    await page.getByText('Imported 1 person, 1 journal entry, and your settings.').waitFor();
    expect(await slices(page)).toEqual(original);
  });
});
