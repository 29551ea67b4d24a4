/**
 * "Something for right now?" (issue 12): offered only after unpleasant words, calm for the
 * high-energy ones, connect or body for the low-energy ones.
 */
import { describe, expect, it } from 'vitest';
import { rightNowKinds } from '../../src/journal/right-now.ts';
import { FEELINGS } from '../../src/journal/vocabulary.ts';

describe('right now: which kinds to offer', () => {
  it.each<[string, string[], readonly string[] | null]>([
    ['no words', [], null],
    ['only pleasant words', ['calm', 'hopeful', 'proud'], null],
    ['ids it does not know', ['hangry', '__proto__'], null],
    ['one high-energy unpleasant word', ['anxious'], ['calm']],
    ['one low-energy unpleasant word', ['lonely'], ['connect', 'body']],
    ['pleasant words beside an unpleasant one', ['hopeful', 'grateful', 'tired'], ['connect', 'body']],
    ['more high than low', ['overwhelmed', 'frustrated', 'tired'], ['calm']],
    ['more low than high', ['flat', 'drained', 'irritable'], ['connect', 'body']],
    ['as many high as low (a tie goes to calm)', ['anxious', 'sad'], ['calm']],
  ])('%s', (_, words, kinds) => {
    expect(rightNowKinds(words)).toEqual(kinds);
  });

  it('offers something for every unpleasant word, and nothing for any pleasant one', () => {
    for (const { id, family } of FEELINGS) {
      const kinds = rightNowKinds([id]);
      if (family === 'unpleasant-high') expect(kinds, id).toEqual(['calm']);
      else if (family === 'unpleasant-low') expect(kinds, id).toEqual(['connect', 'body']);
      else expect(kinds, id).toBeNull();
    }
  });
});
