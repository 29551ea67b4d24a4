// @vitest-environment happy-dom
/**
 * The People view with the real store and worker (issue 11): a warm empty state, the add
 * form with messages next to the field and nothing saved on error, the list in the order of
 * who would most welcome a hello, We talked, Not for now, Remove with Undo, names kept as
 * text; and a reach-out nudge on the Now card naming the person with how to reach them.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 15_000 });
import { command, disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

const DAY = 86_400_000;

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.useRealTimers();
});

const names = () => [...document.querySelectorAll('.person h2')].map((h) => h.textContent);
const type = (label: string, value: string, within: HTMLElement = document.body) => {
  const field = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = field && document.getElementById(field.htmlFor);
  if (!input) throw new Error(`no field ${label}`);
  fireEvent.input(input, { target: { value } });
};
const addForm = () => document.querySelector('.add-person') as HTMLElement;
const add = async (name: string, rhythm?: string) => {
  type('Name', name, addForm());
  if (rhythm) fireEvent.change(within(addForm()).getByLabelText('How often would you like to be in touch?'), { target: { value: rhythm } });
  fireEvent.click(within(addForm()).getByRole('button', { name: 'Add' }));
  await waitFor(() => { expect(names()).toContain(name); });
};
const status = () => screen.getByRole('status').textContent;
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('an empty list', () => {
  it('says warmly what it is for, and that everything stays on this machine', async () => {
    await renderPopup('people');
    await waitFor(() => { expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The people in your corner'); });
    expect(document.body.textContent).toContain('stays on this computer');
    expect(document.body.textContent).not.toMatch(/overdue|neglected|missed/i);
  });
});

describe('adding someone', () => {
  it('adds with a preset rhythm and notes; a bad name gets a message next to the field and saves nothing', async () => {
    await renderPopup('people');
    await waitFor(() => { expect(addForm()).toBeTruthy(); });
    type('Name', '   ', addForm());
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add' }));
    const name = await within(addForm()).findByText('Please write a name.');
    expect(name.id).toBe('add-person-name-error');
    expect(document.getElementById('add-person-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('add-person-name')?.getAttribute('aria-describedby')).toContain('add-person-name-error');
    expect((await storedState() as Partial<Awaited<ReturnType<typeof storedState>>>).people?.people ?? []).toEqual([]);

    type('Name', 'Sam', addForm());
    type('How to reach them', 'voice note', addForm());
    await add('Sam', '7');
    await waitFor(() => { expect(plain(status())).toBe('Sam is in your list now.'); });
    const [sam] = (await storedState()).people.people;
    expect(sam).toMatchObject({ name: 'Sam', rhythmDays: 7, howToReach: 'voice note' });
  });

  it('every N days: out of range is worded next to the field', async () => {
    await renderPopup('people');
    await waitFor(() => { expect(addForm()).toBeTruthy(); });
    type('Name', 'Ria', addForm());
    fireEvent.change(within(addForm()).getByLabelText('How often would you like to be in touch?'), { target: { value: 'custom' } });
    type('Every how many days?', '400', addForm());
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add' }));
    expect(await within(addForm()).findByText('Please choose a number of days from 3 to 365.')).toBeTruthy();
    type('Every how many days?', '10', addForm());
    await add('Ria');
    expect((await storedState()).people.people[0]?.rhythmDays).toBe(10);
  });

  it('keeps markup in a name as text, with dir="auto"', async () => {
    await renderPopup('people');
    await waitFor(() => { expect(addForm()).toBeTruthy(); });
    await add('<b>Sam</b>');
    const heading = [...document.querySelectorAll('.person h2')][0];
    expect(heading?.textContent).toBe('<b>Sam</b>');
    expect(heading?.querySelector('b')).toBeNull();
    expect(heading?.getAttribute('dir')).toBe('auto');
  });
});

describe('the list', () => {
  it('comes in the order of who would most welcome a hello, and says it warmly', async () => {
    const start = Date.now();
    await command('addPerson', { name: 'Monthly Mo', rhythmDays: 30 });
    await command('addPerson', { name: 'Weekly Wu', rhythmDays: 7 });
    await command('addPerson', { name: 'Fortnightly Fi', rhythmDays: 14 });
    const [mo, wu] = (await storedState()).people.people;
    await command('talked', { id: mo?.id, at: start });
    await command('talked', { id: wu?.id, at: start });
    vi.useFakeTimers({ toFake: ['Date'], now: start + 10 * DAY });
    await renderPopup('people');
    await waitFor(() => { expect(names()).toEqual(['Weekly Wu', 'Fortnightly Fi', 'Monthly Mo']); });
    const first = document.querySelector('.person') as HTMLElement;
    expect(plain(first.textContent)).toContain("It's been a while — Weekly Wu might like to hear from you.");
    expect(first.textContent).toContain('Last in touch last week');
    expect(document.querySelectorAll('.person')[1]?.textContent).toContain('Added last week');
  });

  it('We talked records the contact in one tap, and an optional note for next time', async () => {
    await command('addPerson', { name: 'Sam', rhythmDays: 7 });
    await renderPopup('people');
    await waitFor(() => { expect(names()).toEqual(['Sam']); });
    fireEvent.click(screen.getByRole('button', { name: 'We talked Sam' }));
    await waitFor(() => { expect(plain(status())).toBe('Noted: you were in touch with Sam today.'); });
    expect((await storedState()).people.people[0]?.contacts).toHaveLength(1);
    type('Anything to remember for next time? (optional)', 'ask about the trip');
    fireEvent.click(screen.getByRole('button', { name: 'Keep note' }));
    await waitFor(async () => { expect((await storedState()).people.people[0]?.nextTime).toBe('ask about the trip'); });
    expect((await storedState()).people.people[0]?.contacts).toHaveLength(1);
  });

  it('Not for now pauses until resumed, and Resume ends it', async () => {
    await command('addPerson', { name: 'Sam', rhythmDays: 7 });
    await renderPopup('people');
    await waitFor(() => { expect(names()).toEqual(['Sam']); });
    fireEvent.click(screen.getByRole('button', { name: 'Not for now Sam' }));
    fireEvent.click(screen.getByLabelText('Until I resume'));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => { expect(document.querySelector('.person')?.textContent).toContain('not for now, until you resume'); });
    expect((await storedState()).people.people[0]?.pausedUntil).toBe('resume');
    await waitFor(() => { expect(plain(status())).toBe("Tend won't suggest Sam for now."); });
    fireEvent.click(screen.getByRole('button', { name: 'Resume Sam' }));
    await waitFor(async () => { expect((await storedState()).people.people[0]).not.toHaveProperty('pausedUntil'); });
  });

  it('Remove offers Undo, which puts them back as they were', async () => {
    await command('addPerson', { name: 'Sam', rhythmDays: 7, nextTime: 'ask about the job' });
    await renderPopup('people');
    await waitFor(() => { expect(names()).toEqual(['Sam']); });
    const before = (await storedState()).people.people;
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam' }));
    await waitFor(() => { expect(plain(status())).toBe('Sam was removed.'); });
    expect(names()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => { expect(names()).toEqual(['Sam']); });
    expect((await storedState()).people.people).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Edit changes the name and clears a note', async () => {
    await command('addPerson', { name: 'Sam', rhythmDays: 7, howToReach: 'text' });
    await renderPopup('people');
    await waitFor(() => { expect(names()).toEqual(['Sam']); });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Sam' }));
    const form = screen.getByRole('form', { name: 'Edit Sam' });
    type('Name', 'Samira', form);
    type('How to reach them', '', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => { expect(names()).toEqual(['Samira']); });
    expect((await storedState()).people.people[0]).not.toHaveProperty('howToReach');
  });
});

describe('the Now card', () => {
  it('names the person of a reach-out nudge, with how to reach them, and leads to the People view', async () => {
    const start = Date.now();
    await command('addPerson', { name: 'Ana', rhythmDays: 7, howToReach: 'voice note', nextTime: 'ask about the move' });
    vi.useFakeTimers({ toFake: ['Date'], now: start + 9 * DAY });
    await command('start', { strategyId: 'connect-check-in' });
    await renderPopup('now');
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toContain('Ana');
    const card = document.querySelector('.nudge') as HTMLElement;
    expect(card.textContent).toContain('voice note');
    expect(card.textContent).toContain('ask about the move');
    fireEvent.click(within(card).getByRole('button', { name: 'Open your People list' }));
    await waitFor(() => { expect(names()).toEqual(['Ana']); });
  });

  it('Done on it records the contact', async () => {
    const start = Date.now();
    await command('addPerson', { name: 'Ana', rhythmDays: 7 });
    vi.useFakeTimers({ toFake: ['Date'], now: start + 9 * DAY });
    await command('start', { strategyId: 'connect-check-in' });
    await renderPopup('now');
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(async () => { expect((await storedState()).people.people[0]?.contacts).toHaveLength(1); });
  });
});
