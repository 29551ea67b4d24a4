// @vitest-environment happy-dom
/**
 * The own-strategy form's details (issue 15): the kind is a choice with no default (a preset
 * Calm turned "Tea with Sam" into a breathing exercise), minutes are digits only ("1e2" is
 * not 100), and "Added …" is said under the Add button, scrolled into view, not at the top
 * of the library ~400 px above where the person is looking.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateCustom } from '../../popup/views/custom-form.tsx';
import { KINDS } from '../../src/strategies/types.ts';
import { disposeStores, installTend, renderPopup, storedCustom } from './popup-setup.tsx';

const scrolled = vi.fn<(this: Element) => void>(function (this: Element) {});

beforeEach(async () => {
  Element.prototype.scrollIntoView = scrolled;
  scrolled.mockClear();
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

const form = () => screen.getByRole('form', { name: 'Add your own' });
const field = (label: string) => within(form()).getByLabelText(label);
const type = (label: string, value: string) => {
  fireEvent.input(field(label), { target: { value } });
};
const submit = () => {
  fireEvent.click(within(form()).getByRole('button', { name: 'Add' }));
};
const fill = () => {
  type('Title', 'Tea with Sam');
  type('Nudge line', 'Put the kettle on and ask Sam over.');
};

describe('the kind', () => {
  it('starts unchosen, and a missing kind is said next to it; nothing is sent', async () => {
    const kind = field('Kind') as HTMLSelectElement;
    expect(kind.value).toBe('');
    expect(kind.selectedOptions[0]?.textContent).toBe('Choose a kind…');
    fill();
    submit();
    const error = screen.getByText('Choose what kind of thing this is, so Tend shows it with the right help.');
    expect(kind.getAttribute('aria-invalid')).toBe('true');
    expect(kind.getAttribute('aria-describedby')).toBe(error.id);
    // Next to the field: in the same cell as the select.
    expect(error.parentElement).toBe(kind.parentElement);
    await waitFor(() => {
      expect(document.activeElement).toBe(kind);
    });
    expect(await storedCustom()).toEqual([]);
  });

  it('is never assumed by the check either', () => {
    const checked = validateCustom({ title: 'Tea with Sam', message: 'Ask Sam over.', steps: '', kind: '', minutes: '5' });
    expect(checked).toEqual({ errors: { kind: 'Choose what kind of thing this is, so Tend shows it with the right help.' } });
  });
});

describe('minutes', () => {
  it('takes whole numbers typed as digits only', () => {
    const minutes = (value: string) => 'value' in validateCustom({ title: 'T', message: 'M', steps: '', kind: 'connect', minutes: value });
    expect(['5', ' 12 ', '120'].map(minutes)).toEqual([true, true, true]);
    expect(['1e2', '1e1', '0x10', '5.0', '2.5', '-3', '+4', '', '0', '121'].map(minutes)).toEqual(Array(10).fill(false));
  });

  it('is a numeric field that steps by one', () => {
    const input = field('Minutes');
    expect(input.getAttribute('type')).toBe('number');
    expect(input.getAttribute('step')).toBe('1');
    expect(input.getAttribute('inputmode')).toBe('numeric');
  });
});

describe('after adding one', () => {
  it('says so under the Add button and brings that line into view', async () => {
    fill();
    fireEvent.change(field('Kind'), { target: { value: 'connect' } });
    submit();
    const said = 'Added “Tea with Sam” to Reach out. Tend will suggest it like any other.';
    await waitFor(() => {
      expect(within(form()).getByRole('status').textContent).toBe(said);
    });
    const line = within(form()).getByRole('status');
    expect(line.previousElementSibling?.textContent).toBe('Add');
    await waitFor(() => {
      expect(scrolled.mock.contexts).toContain(line);
    });
    expect((await storedCustom())[0]).toMatchObject({ title: 'Tea with Sam', kind: 'connect' });
    // The form is empty again, the kind unchosen again.
    expect((field('Kind') as HTMLSelectElement).value).toBe('');
  });
});
