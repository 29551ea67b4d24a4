/**
 * People in real Chromium against the real worker (issue 11): three people added in the
 * People view; a reach-out nudge that comes due names the one furthest past their rhythm,
 * in the notification and on the Now card, with how to reach them; Done records the contact
 * and the list reorders; markup in a name stays text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { bringNudgeDue, command, noteNotifications, notedNotifications, nudgeState, onlyKind, openPopup, useTestSettings } from './scenario.ts';

const DAY = 86_400_000;
let tend: Tend;

interface StoredPerson { id: string; name: string; rhythmDays: number; addedAt: number; updatedAt: number; contacts: { at: number }[] }

/** Only reach-out nudges, so the nudge that comes due is one that can name someone. */
const CONNECT_ONLY = onlyKind('connect');

beforeAll(async () => {
  tend = await launchTend();
  await useTestSettings(tend, CONNECT_ONLY);
});
afterAll(async () => {
  await tend.dispose();
});

const popup = (view = ''): Promise<Page> => openPopup(tend, view);

const people = () => tend.inWorker(async () => ((await chrome.storage.local.get('people')).people as { people: StoredPerson[] } | undefined)?.people ?? []);

const created = () => notedNotifications(tend);

async function addInPopup(page: Page, name: string, rhythm: string, howToReach = ''): Promise<void> {
  const form = page.locator('.add-person');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('How often would you like to be in touch?').selectOption(rhythm);
  if (howToReach) await form.getByLabel('How to reach them').fill(howToReach);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('.person h2', { hasText: name }).waitFor();
}

describe('People in Chromium', () => {
  it('adds three people in the People view, keeping markup in a name as text', async () => {
    const page = await popup('people');
    await page.getByRole('heading', { name: 'The people in your corner' }).waitFor();
    await addInPopup(page, 'Ana', '7', 'voice note after 6');
    await addInPopup(page, 'Ben <b>the baker</b>', '30');
    await addInPopup(page, 'Cleo', '14', 'call on Sundays');
    const heading = page.locator('.person h2', { hasText: 'Ben' });
    expect(await heading.textContent()).toBe('Ben <b>the baker</b>');
    expect(await heading.locator('b').count()).toBe(0);
    expect(await heading.getAttribute('dir')).toBe('auto');
    expect((await people()).map((p) => p.name)).toEqual(['Ana', 'Ben <b>the baker</b>', 'Cleo']);
    await page.close();
  });

  it('a reach-out nudge names the one furthest past their rhythm and shows how to reach them', async () => {
    // As if time had passed since they were added: Ana 10 of 7 days, Ben 35 of 30, Cleo 16 of 14.
    await tend.inWorker(async (day) => {
      const slice = (await chrome.storage.local.get('people')).people as { version: 1; people: StoredPerson[] };
      const back: Record<string, number> = { 7: 10, 30: 35, 14: 16 };
      const people = slice.people.map((p) => ({ ...p, addedAt: p.addedAt - (back[p.rhythmDays] ?? 0) * day, updatedAt: p.updatedAt - (back[p.rhythmDays] ?? 0) * day }));
      await chrome.storage.local.set({ people: { ...slice, people } });
    }, DAY);
    const ana = (await people()).find((p) => p.name === 'Ana');
    await noteNotifications(tend);
    // A connect line without a named variant names nobody; then the next one comes due.
    let state = await nudgeState(tend);
    for (let i = 0; i < 6; i++) {
      const before = state.current?.id;
      await bringNudgeDue(tend);
      state = await waitFor('a nudge on offer', async () => {
        const s = await nudgeState(tend);
        return s.current && s.current.id !== before && s.current.notified ? s : null;
      });
      const named = await tend.inWorker(async () => ((await chrome.storage.local.get('current')).current as { personId?: string }).personId);
      if (named !== undefined) break;
      await command(tend, 'skip', { nudgeId: state.current?.id });
    }
    const current = await tend.inWorker(async () => (await chrome.storage.local.get('current')).current as { id: string; personId?: string });
    expect(current.personId).toBe(ana?.id);
    const shown = (await created()).at(-1);
    expect(shown?.title).toContain('Ana');
    expect(shown?.message).toContain('Ana');
    // How to reach them travels in the notification only where it fits its 120 characters;
    // the Now card always shows it.
    const note = '\nHow: voice note after 6';
    if (!shown?.message.includes(note)) expect(Array.from(`${shown?.message ?? ''}${note}`).length).toBeGreaterThan(120);
    expect(Array.from(shown?.message ?? '').length).toBeLessThanOrEqual(120);

    const page = await popup();
    expect(await page.locator('#nudge-title').textContent()).toContain('Ana');
    expect(await page.locator('.nudge .for-person').textContent()).toContain('voice note after 6');
    await page.close();
  });

  it('Done records the contact, and the list reorders', async () => {
    const before = await popup('people');
    await before.locator('.person').first().waitFor();
    expect(await before.locator('.person h2').allTextContents()).toEqual(['Ana', 'Ben <b>the baker</b>', 'Cleo']);
    await before.close();

    const page = await popup();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    const ana = await waitFor('the contact recorded', async () => {
      const found = (await people()).find((p) => p.name === 'Ana');
      return found && found.contacts.length === 1 ? found : null;
    });
    expect(ana.contacts[0]?.at).toBeGreaterThan(Date.now() - 60_000);
    await page.getByRole('tab', { name: 'People' }).click();
    await page.locator('.person').first().waitFor();
    // Ana was just in touch: Ben (35/30) and Cleo (16/14) come first now.
    expect(await page.locator('.person h2').allTextContents()).toEqual(['Ben <b>the baker</b>', 'Cleo', 'Ana']);
    expect(await page.locator('.person').last().textContent()).toContain('Last in touch today');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });

  it('Remove offers Undo, by keyboard alone', async () => {
    const page = await popup('people');
    const remove = page.getByRole('button', { name: 'Remove Cleo' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    expect(await page.locator('.person h2').allTextContents()).not.toContain('Cleo');
    await undo.focus();
    await page.keyboard.press('Enter');
    await page.locator('.person h2', { hasText: 'Cleo' }).waitFor();
    expect((await people()).map((p) => p.name)).toContain('Cleo');
    await page.close();
  });
});
