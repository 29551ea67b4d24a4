/**
 * The nudge lines read as a kind friend's, not a questionnaire (issue 15): at most 45 % of
 * them ask a question (129 of 192 once did), the words the library leaned on ("counts",
 * "small", "a little", "maybe") stay rare, and no line scolds. Every line a person can
 * see is counted: the plain ones and their named variants, title and message together.
 */
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/strategies/index.ts';

const lines = STRATEGIES.flatMap((s) =>
  s.nudges.flatMap((n) => [
    { id: s.id, text: `${n.title} ${n.message}` },
    ...(n.named ? [{ id: s.id, text: `${n.named.title} ${n.named.message}` }] : []),
  ]),
);

/**
 * Asks the reader something: a question mark outside quotation marks. A phrase offered to
 * say ("Can I bring dinner on Thursday?") is wording to borrow, not a question put to them.
 */
const asks = (text: string): boolean => text.replace(/"[^"]*"|“[^”]*”/g, '').includes('?');

const times = (word: string): number =>
  lines.reduce((sum, l) => sum + (l.text.toLowerCase().match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0), 0);

describe('the library’s nudge lines', () => {
  it('are mostly statements and invitations: at most 45 % ask a question', () => {
    const questions = lines.filter((l) => asks(l.text)).length;
    expect(lines.length).toBeGreaterThanOrEqual(192);
    expect(questions / lines.length).toBeLessThanOrEqual(0.45);
  });

  it.each(['counts', 'small', 'a little', 'maybe'])('say "%s" at most 6 times in all', (word) => {
    expect(times(word)).toBeLessThanOrEqual(6);
  });

  it('never scold: no "should", "overdue", "neglected" or "missed"', () => {
    for (const l of lines) expect(l.text, l.id).not.toMatch(/\b(should|overdue|neglect\w*|missed)\b/i);
  });

  it('the counting rule tells a question from a quoted one', () => {
    expect(asks('A quick hello?')).toBe(true);
    expect(asks('"Can I bring dinner on Thursday?" is easier to accept.')).toBe(false);
    expect(asks('Send a line: "How are you?" What would you add?')).toBe(true);
  });
});
