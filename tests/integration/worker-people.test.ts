/**
 * People through the real worker (issue 11): the commands save the people slice and refuse
 * by code and field; a line that takes a person names whoever would most welcome a hello,
 * in the notification (with how to reach them, where it fits) and on the stored nudge; Done
 * records the contact; an unreadable list is repaired with a copy and a notice.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../src/people/person.ts';
import { installWithAllDay, restartWorker, send, sendRaw, stored } from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0);
const DAY = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const people = async (): Promise<readonly Person[]> => ((await stored()) as Partial<Awaited<ReturnType<typeof stored>>>).people?.people ?? [];

async function addThree(): Promise<{ ana: string; ben: string; cleo: string }> {
  const add = async (name: string, rhythmDays: number, howToReach?: string) => {
    const reply = await send('addPerson', howToReach === undefined ? { name, rhythmDays } : { name, rhythmDays, howToReach });
    if (!reply.ok) throw new Error(reply.code);
    return reply.id;
  };
  return { ana: await add('Ana', 7, 'voice note'), ben: await add('Ben', 30), cleo: await add('Cleo', 14, 'call after 6') };
}

describe('the People commands', () => {
  it('add, edit, pause, resume, remove and Undo save the people slice', async () => {
    await installWithAllDay();
    const { ana, ben } = await addThree();
    expect((await people()).map((p) => p.name)).toEqual(['Ana', 'Ben', 'Cleo']);

    expect(await send('editPerson', { id: ben, patch: { name: 'Benjamin', nextTime: 'ask about the move' } })).toEqual({ ok: true });
    expect((await people())[1]).toMatchObject({ name: 'Benjamin', nextTime: 'ask about the move' });

    await send('pausePerson', { id: ana, until: 'resume' });
    expect((await people())[0]?.pausedUntil).toBe('resume');
    await send('resumePerson', { id: ana });
    expect((await people())[0]).not.toHaveProperty('pausedUntil');

    const removed = await send('removePerson', { id: ana });
    if (!removed.ok) throw new Error(removed.code);
    expect((await people()).map((p) => p.id)).not.toContain(ana);
    // The reply crosses the protocol as a message and comes back for Undo.
    expect(await send('restorePerson', { removed: JSON.parse(JSON.stringify(removed.removed)) as typeof removed.removed })).toEqual({ ok: true });
    expect((await people()).map((p) => p.name)).toEqual(['Ana', 'Benjamin', 'Cleo']);
    expect(await send('restorePerson', { removed: removed.removed })).toEqual({ ok: false, code: 'duplicateId', path: 'id' });
  });

  it('refuses by code and field, and saves nothing', async () => {
    await installWithAllDay();
    expect(await send('addPerson', { name: '   ', rhythmDays: 7 })).toEqual({ ok: false, code: 'empty', path: 'name' });
    expect(await send('addPerson', { name: 'x'.repeat(41), rhythmDays: 7 })).toEqual({ ok: false, code: 'tooLong', path: 'name' });
    expect(await send('addPerson', { name: 'Sam', rhythmDays: 2 })).toEqual({ ok: false, code: 'outOfRange', path: 'rhythmDays' });
    expect(await send('addPerson', { name: 'Sam', rhythmDays: 7, howToReach: 'y'.repeat(281) })).toEqual({ ok: false, code: 'tooLong', path: 'howToReach' });
    expect(await send('editPerson', { id: 'nobody', patch: { name: 'Sam' } })).toEqual({ ok: false, code: 'notFound', path: 'id' });
    expect(await people()).toEqual([]);
    // A payload of the wrong shape never reaches the core.
    expect((await sendRaw('addPerson', { name: 7 })).ok).toBe(false);
  });
});

describe('a reach-out nudge', () => {
  it('names whoever is furthest past their rhythm, shows how to reach them, and Done records the contact', async () => {
    await installWithAllDay();
    const { ana, ben, cleo } = await addThree();
    vi.setSystemTime(START + 10 * DAY); // Ana 10/7, Cleo 10/14, Ben 10/30
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    await send('start', { strategyId: 'connect-check-in' });
    const { current } = await stored();
    expect(current?.personId).toBe(ana);
    await send('testNudge', null);
    const options = (create.mock.calls.at(-1) as unknown[] | undefined)?.[1] as { title: string; message: string };
    expect(options.title).toContain('Ana');
    expect(options.message).toContain('Ana');
    // How to reach them travels in the notification only where it fits its 120 characters.
    const note = '\nHow: voice note';
    if (!options.message.includes(note)) expect(Array.from(`${options.message}${note}`).length).toBeGreaterThan(120);
    expect(Array.from(options.message).length).toBeLessThanOrEqual(120);

    await send('done', { nudgeId: current?.id ?? '' });
    const after = await people();
    expect(after.find((p) => p.id === ana)?.contacts).toEqual([{ at: START + 10 * DAY }]);
    expect(after.find((p) => p.id === ben)?.contacts).toEqual([]);

    // Ana was just in touch: the next reach-out nudge names nobody (no one else is past their rhythm)…
    await send('start', { strategyId: 'connect-call-or-video' });
    expect((await stored()).current).not.toHaveProperty('personId');
    // …until Cleo's rhythm comes round; Ana is skipped for the two days after her contact.
    vi.setSystemTime(START + 15 * DAY);
    await send('start', { strategyId: 'connect-meet-in-person' });
    expect((await stored()).current?.personId).toBe(cleo);
  });

  it('an unanswered nudge does not name the same person again within two days', async () => {
    await installWithAllDay();
    const { ana, cleo } = await addThree();
    vi.setSystemTime(START + 20 * DAY);
    await send('start', { strategyId: 'connect-check-in' });
    expect((await stored()).current?.personId).toBe(ana);
    await send('start', { strategyId: 'connect-call-or-video' });
    expect((await stored()).current?.personId).toBe(cleo);
  });

  it('a line without a named variant names nobody', async () => {
    await installWithAllDay();
    await addThree();
    vi.setSystemTime(START + 20 * DAY);
    await send('start', { strategyId: 'calm-slow-breathing' });
    expect((await stored()).current).not.toHaveProperty('personId');
  });

  it('"we talked" afterwards records the contact at the moment given, with a note for next time', async () => {
    await installWithAllDay();
    const { ben } = await addThree();
    vi.setSystemTime(START + 40 * DAY);
    expect(await send('talked', { id: ben, at: START + 39 * DAY, note: 'ask about the garden' })).toEqual({ ok: true });
    expect((await people())[1]).toMatchObject({ contacts: [{ at: START + 39 * DAY, note: 'ask about the garden' }], nextTime: 'ask about the garden' });
    expect(await send('talked', { id: ben, at: START + 41 * DAY })).toEqual({ ok: false, code: 'outOfRange', path: 'at' });
  });
});

describe('an unreadable People list', () => {
  it('is started afresh with a copy kept and a notice', async () => {
    await installWithAllDay();
    await fakeBrowser.storage.local.set({ people: { version: 1, people: [{ id: 'bad id!', name: 'Sam' }] } });
    await restartWorker();
    await send('ping', null);
    await send('addPerson', { name: 'Sam', rhythmDays: 7 });
    const all = await fakeBrowser.storage.local.get(null);
    expect((await people()).map((p) => p.name)).toEqual(['Sam']);
    const notices = (await stored()).notices;
    expect(notices.some((n) => n.message.includes('People list'))).toBe(true);
    expect(Object.keys(all).some((k) => k.startsWith('backup') && k.includes('people'))).toBe(true);
  });
});

describe('the notes in a notification', () => {
  it('come along where the message stays within 120 characters, and wait on the Now card where not', async () => {
    const { withNotes } = await import('../../src/people/reach.ts');
    expect(withNotes('Short line.', ['How: text', 'Next time: the trip'], 120)).toBe('Short line.\nHow: text\nNext time: the trip');
    const long = 'x'.repeat(110);
    expect(withNotes(long, ['How: a voice note', 'Next: ok'], 120)).toBe(`${long}\nNext: ok`);
    expect(withNotes(long, ['How: a voice note after six'], 120)).toBe(long);
  });
});
