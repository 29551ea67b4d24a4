import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX, NAME_MAX, TITLE_MAX, renderNudge } from '../../src/strategies/render.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import type { Strategy } from '../../src/strategies/index.ts';

const strategy: Strategy = {
  id: 'test-strategy',
  kind: 'connect',
  title: 'Check in',
  nudges: [
    { title: 'Plain one', message: 'Say hello to someone.', named: { title: 'Hi to {name}?', message: '{name} and {name} again.' } },
    { title: 'Plain two', message: 'No named variant here.' },
    { title: 'Plain three', message: 'Third.', named: { title: 'For {name}', message: 'Write to {name}.' } },
  ],
  why: 'One. Two.',
  steps: ['a', 'b'],
  minutes: 2,
  withPerson: true,
  sources: ['003_44232d762f875834.txt'],
};

describe('renderNudge', () => {
  it('uses the plain line without a name', () => {
    expect(renderNudge(strategy, 0)).toEqual({ title: 'Plain one', message: 'Say hello to someone.' });
  });

  it('wraps the line index, including negative and fractional indexes', () => {
    expect(renderNudge(strategy, 3).title).toBe('Plain one');
    expect(renderNudge(strategy, 4).title).toBe('Plain two');
    expect(renderNudge(strategy, -1).title).toBe('Plain three');
    expect(renderNudge(strategy, 1.7).title).toBe('Plain two');
    expect(renderNudge(strategy, Number.NaN).title).toBe('Plain one');
  });

  it('fills every {name} when a name is given and the line has a named variant', () => {
    expect(renderNudge(strategy, 0, 'Sam')).toEqual({ title: 'Hi to Sam?', message: 'Sam and Sam again.' });
  });

  it('falls back to the plain line when the line has no named variant', () => {
    expect(renderNudge(strategy, 1, 'Sam')).toEqual({ title: 'Plain two', message: 'No named variant here.' });
  });

  it('treats a blank name as no name, and trims and tidies whitespace', () => {
    expect(renderNudge(strategy, 0, '   ').title).toBe('Plain one');
    expect(renderNudge(strategy, 0, '').title).toBe('Plain one');
    expect(renderNudge(strategy, 2, '  Ana \n Maria\t').title).toBe('For Ana Maria');
  });

  it('inserts names literally, even with replacement patterns or markup', () => {
    expect(renderNudge(strategy, 2, "$& $' $1").title).toBe("For $& $' $1");
    expect(renderNudge(strategy, 2, '<b>Jo</b>').message).toBe('Write to <b>Jo</b>.');
  });

  it('shortens a very long name with an ellipsis so the title fits', () => {
    const long = 'Bartholomew-Alexander Fitzwilliam-Montgomery';
    const { title, message } = renderNudge(strategy, 2, long);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.startsWith('For Bartholomew')).toBe(true);
    expect(message).toContain(title.slice('For '.length));
  });

  it('never splits an emoji when shortening', () => {
    const name = '🌻'.repeat(NAME_MAX + 5);
    const { title } = renderNudge(strategy, 2, name);
    expect(Array.from(title.slice('For '.length)).every((c) => c === '🌻' || c === '…')).toBe(true);
  });

  it('keeps every real nudge within notification limits for any name', () => {
    const names = [undefined, 'Jo', 'Maximiliana!', 'A'.repeat(80)];
    for (const s of STRATEGIES) {
      for (let i = 0; i < s.nudges.length; i++) {
        for (const name of names) {
          const { title, message } = renderNudge(s, i, name);
          expect(Array.from(title).length, `${s.id} ${title}`).toBeLessThanOrEqual(TITLE_MAX);
          expect(Array.from(message).length, `${s.id} ${message}`).toBeLessThanOrEqual(MESSAGE_MAX);
          expect(`${title}${message}`).not.toContain('{name}');
        }
      }
    }
  });
});
