// @vitest-environment happy-dom
/**
 * The library with the real store and worker: every strategy by kind, Start now, a kind
 * turned off and on (saved as settings; how much of each is set on the options page only),
 * the way to the People list, and the person's own strategies — checked in plain
 * words before they are sent, added, started and removed.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRATEGIES, strategyById } from '../../src/strategies/index.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { disposeStores, installTend, renderPopup, storedCustom, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
  await renderPopup('library');
  await waitFor(() => {
    expect(document.querySelectorAll('.kind-group')).toHaveLength(KINDS.length);
  });
});
afterEach(() => {
  cleanup();
  disposeStores();
});

const group = (name: string) => {
  const summary = [...document.querySelectorAll('.kind-group > summary')].find((s) => s.querySelector('.name')?.textContent === name);
  if (!summary?.parentElement) throw new Error(`no kind ${name}`);
  return summary.parentElement;
};
const open = (name: string) => {
  const details = group(name);
  fireEvent.click(details.querySelector('summary') as HTMLElement);
  return details;
};
const status = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');
const field = (label: string) => screen.getByLabelText(label);
const type = (label: string, value: string) => {
  fireEvent.input(field(label), { target: { value } });
};
const submit = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
};

describe('browsing', () => {
  it('lists every kind with its number of strategies, and each strategy with its details', () => {
    const summaries = [...document.querySelectorAll('.kind-group > summary')].map((s) => s.textContent);
    expect(summaries).toEqual(
      KINDS.map((k) => `${nameOf(k)} ${String(STRATEGIES.filter((s) => s.kind === k).length)} ideas`),
    );
    const calm = open('Calm');
    const slow = strategyById('calm-slow-breathing');
    if (!slow) throw new Error('missing strategy');
    const item = within(calm).getByText(slow.title).closest('details') as HTMLElement;
    fireEvent.click(item.querySelector('summary') as HTMLElement);
    expect(item.textContent).toContain(slow.why);
    for (const step of slow.steps) expect(item.textContent).toContain(step);
    expect(within(item).getByRole('button', { name: `Start now: ${slow.title}` })).toBeTruthy();
  });

  it('Start now offers that strategy and opens Now on it', async () => {
    const move = open('Move');
    const walk = strategyById('move-short-walk');
    if (!walk) throw new Error('missing strategy');
    fireEvent.click(within(move).getByRole('button', { name: `Start now: ${walk.title}` }));
    const nowTab = screen.getByRole('tab', { name: 'Now' });
    await waitFor(() => {
      expect(nowTab.getAttribute('aria-selected')).toBe('true');
    });
    const { current } = await storedState();
    expect(current?.strategyId).toBe('move-short-walk');
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(renderNudge(walk, current?.line ?? 0).title);
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(nowTab);
    });
  });
});

describe('kinds', () => {
  it('turns a kind off and on, saving it and saying so', async () => {
    const calm = open('Calm');
    const suggest = within(calm).getByLabelText<HTMLInputElement>('Suggest these');
    fireEvent.click(suggest);
    await waitFor(() => {
      expect(status()).toContain("Calm is off: Tend won't suggest these until you turn it back on.");
    });
    expect((await storedState()).settings.kinds.calm.enabled).toBe(false);
    await waitFor(() => {
      expect(calm.querySelector('summary')?.textContent).toContain('off');
    });
    fireEvent.click(suggest);
    await waitFor(() => {
      expect(status()).toContain('Calm is on');
    });
    expect((await storedState()).settings.kinds.calm.enabled).toBe(true);
  });

  it('offers no weights: how much of each kind is set in one place, the options page (issue 15)', () => {
    const move = open('Move');
    expect(within(move).queryByRole('combobox')).toBeNull();
    expect(move.textContent).not.toContain('as often as the rest');
  });
});

describe('the People list from the library (issue 11)', () => {
  it('a strategy that points to your people opens the People list; the others do not offer it', async () => {
    const reflect = open('Reflect');
    const corner = strategyById('reflect-who-is-in-your-corner');
    if (!corner) throw new Error('missing strategy');
    const item = within(reflect).getByText(corner.title).closest('details') as HTMLElement;
    fireEvent.click(item.querySelector('summary') as HTMLElement);
    const others = [...reflect.querySelectorAll('.strategy')].filter((d) => d !== item);
    for (const other of others) expect(within(other as HTMLElement).queryByRole('button', { name: 'Open your People list' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Open your People list' }));
    const people = screen.getByRole('tab', { name: 'People' });
    await waitFor(() => {
      expect(people.getAttribute('aria-selected')).toBe('true');
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(people);
    });
  });
});

describe('your own strategies', () => {
  it('explains what to fix next to each field and sends nothing', async () => {
    submit();
    expect(screen.getByText('Give it a short title.')).toBeTruthy();
    expect(screen.getByText("Write the line you'd like Tend to show you.")).toBeTruthy();
    const title = field('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain('custom-title-error');
    await waitFor(() => {
      expect(document.activeElement).toBe(title);
    });

    type('Title', 'x'.repeat(41));
    type('Nudge line', 'A short line.');
    type('Steps (optional)', Array.from({ length: 9 }, (_, i) => `Step ${String(i + 1)}`).join('\n'));
    type('Minutes', '0');
    submit();
    expect(screen.getByText('Please keep this to 40 characters; it has 41 now.')).toBeTruthy();
    expect(screen.getByText('Up to 8 steps, please.')).toBeTruthy();
    expect(screen.getByText('A whole number of minutes from 1 to 120.')).toBeTruthy();
    expect(field('Nudge line').getAttribute('aria-invalid')).toBe('false');
    expect(await storedCustom()).toEqual([]);
  });

  it('adds one, shows it under Your own, starts it and removes it', async () => {
    expect(screen.getByText(/Nothing of your own yet/)).toBeTruthy();
    type('Title', '  Water the plants ');
    type('Nudge line', 'Give the plants a drink and look at something green.');
    type('Steps (optional)', 'Fill the can\n\nWater each pot\n');
    fireEvent.change(field('Kind'), { target: { value: 'steps' } });
    type('Minutes', '3');
    submit();
    await waitFor(() => {
      expect(status()).toContain('Added “Water the plants” to Small steps.');
    });
    const [added] = (await storedState()).custom;
    expect(added).toMatchObject({
      kind: 'steps',
      title: 'Water the plants',
      nudges: [{ title: 'Water the plants', message: 'Give the plants a drink and look at something green.' }],
      steps: ['Fill the can', 'Water each pot'],
      minutes: 3,
    });
    expect((field('Title') as HTMLInputElement).value).toBe('');

    const own = screen.getByRole('region', { name: 'Your own' });
    const item = await within(own).findByText('Water the plants');
    fireEvent.click(item.closest('summary') as HTMLElement);
    fireEvent.click(within(own).getByRole('button', { name: 'Start now: Water the plants' }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Water the plants');
    });
    expect((await storedState()).current?.strategyId).toBe(added?.id);

    fireEvent.click(screen.getByRole('tab', { name: 'Library' }));
    const ownAgain = await screen.findByRole('region', { name: 'Your own' });
    fireEvent.click((await within(ownAgain).findByText('Water the plants')).closest('summary') as HTMLElement);
    fireEvent.click(within(ownAgain).getByRole('button', { name: 'Remove: Water the plants' }));
    await waitFor(() => {
      expect(status()).toContain('Removed “Water the plants”.');
    });
    expect((await storedState()).custom).toEqual([]);
    await waitFor(() => {
      expect(within(ownAgain).queryByText('Water the plants')).toBeNull();
    });
  });
});

function nameOf(kind: string): string {
  const names: Record<string, string> = {
    connect: 'Reach out',
    community: 'Community',
    move: 'Move',
    body: 'Body & rest',
    reflect: 'Reflect',
    calm: 'Calm',
    perspective: 'Perspective',
    steps: 'Small steps',
    gratitude: 'Gratitude',
    boundaries: 'Boundaries',
    professional: 'Professional help',
  };
  return names[kind] ?? kind;
}
