/**
 * The journal in real Chromium, against the real worker (issue 12): a reflect nudge comes
 * due, "Write it down" opens the journal under its prompt, two words and a line are saved and
 * show in the week with markup as text; an over-long line is said next to the field and saves
 * nothing; after Done, "How do you feel now?" is recorded, and can be dismissed instead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_TEXT_MAX } from '../../src/journal/limits.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { nextWaitingNudge, onlyKind, openPopup, useTestSettings } from './scenario.ts';

let tend: Tend;

/** Only reflect nudges, so the one that comes due is one. */
const REFLECT_ONLY = onlyKind('reflect');

beforeAll(async () => {
  tend = await launchTend();
  await useTestSettings(tend, REFLECT_ONLY);
});
afterAll(async () => {
  await tend.dispose();
});

const popup = (view = ''): Promise<Page> => openPopup(tend, view);

const waitingNudge = () => nextWaitingNudge(tend);

interface Stored {
  journal?: { entries: { words: string[]; text?: string }[] };
  felt?: { nudgeId: string; kind: string; felt: string }[];
}
const stored = (): Promise<Stored> => tend.inWorker(async () => (await chrome.storage.local.get(['journal', 'felt'])) as Stored);

describe('the journal in Chromium', () => {
  it('a reflect nudge → Write it down → two words and a line → the entry shows in the week, markup as text', async () => {
    const { current, strategy } = await waitingNudge();
    expect(strategy.kind).toBe('reflect');
    const page = await popup();
    await page.getByRole('button', { name: 'Write it down' }).click();
    await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
    // The nudge's prompt sits above the words.
    expect(await page.locator('.journal-prompt').textContent()).toBe(renderNudge(strategy, current.line).message);

    await page.getByRole('button', { name: 'hopeful', exact: true }).click();
    await page.getByRole('button', { name: 'tired', exact: true }).click();
    expect(await page.getByRole('button', { name: 'tired', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const markup = '<b>bold?</b> <img src=x onerror="document.title=1"> long day';
    await page.getByLabel('A line about it (optional)').fill(markup);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Putting it into words is already something.').waitFor();

    const week = page.getByRole('region', { name: 'This week' });
    await week.getByText(markup, { exact: true }).waitFor();
    expect(await week.locator('img, b').count()).toBe(0);
    expect(await week.locator('p.line').getAttribute('dir')).toBe('auto');
    expect(await week.locator('.chip').allTextContents()).toEqual(['hopeful', 'tired']);
    expect(await page.title()).not.toBe('1');
    const { journal } = await stored();
    expect(journal?.entries).toMatchObject([{ words: ['hopeful', 'tired'], text: markup }]);
    await page.close();
  });

  it('works by keyboard alone: Tab to a word, Space picks it, its definition shows; Tab to the line and Save', async () => {
    const page = await popup('journal');
    const focusedText = () => page.evaluate(() => document.activeElement?.firstChild?.textContent?.trim() ?? document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focusedText()) !== 'calm'; i++) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('calm');
    // Visible focus and the definition in view, not only in a tooltip.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    expect(await page.locator('.definition').textContent()).toMatch(/^calm: /);
    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'calm', exact: true }).getAttribute('aria-pressed')).toBe('true');
    for (let i = 0; i < 60 && (await focusedText()) !== 'journal-text'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('typed, not clicked');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Saved. Putting it into words is already something.').waitFor();
    await page.getByRole('region', { name: 'This week' }).getByText('typed, not clicked').waitFor();
    await page.close();
  });

  it('an over-long line gets a clear message next to the field and saves nothing', async () => {
    const before = (await stored()).journal;
    const page = await popup('journal');
    await page.getByRole('button', { name: 'calm', exact: true }).click();
    const line = page.getByLabel('A line about it (optional)');
    await line.fill('x'.repeat(ENTRY_TEXT_MAX + 20));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const message = page.locator('#journal-text-error');
    expect(await message.textContent()).toBe('This line is 20 characters longer than the 500 that fit. Shorten it to save; nothing was saved yet.');
    expect(await message.isVisible()).toBe(true);
    expect(await line.getAttribute('aria-invalid')).toBe('true');
    // The message is beside the field, where the person is looking.
    const [field, said] = await Promise.all([line.boundingBox(), message.boundingBox()]);
    expect((said?.y ?? 0) - ((field?.y ?? 0) + (field?.height ?? 0))).toBeLessThan(60);
    expect((await stored()).journal).toEqual(before);
    await page.close();
  });

  it('after Done, "How do you feel now?" is recorded; dismissed instead, nothing is', async () => {
    const first = await waitingNudge();
    let page = await popup();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    const question = page.getByRole('region', { name: 'How do you feel now?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'About the same' }).click();
    await page.getByText('Thanks. Noted for you alone.').waitFor();
    const felt = await waitFor('the answer stored', async () => (await stored()).felt);
    expect(felt).toEqual([expect.objectContaining({ nudgeId: first.current.id, kind: 'reflect', felt: 'same' })]);
    await page.close();

    await waitingNudge();
    page = await popup();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('region', { name: 'How do you feel now?' }).waitFor();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('region', { name: 'How do you feel now?' }).waitFor({ state: 'detached' });
    expect((await stored()).felt).toHaveLength(1);
    await page.close();
  });
});
