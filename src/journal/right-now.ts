/**
 * "Something for right now?": after an entry with unpleasant words, the journal offers one
 * button that starts a fitting strategy. Only on request (the person presses it), never a
 * notification: a feeling written down is not a cue for Tend to act on its own (issue 12).
 *
 * Which kinds fit follows the energy axis: high-energy unpleasant feelings (anxious,
 * overwhelmed, angry) call for settling the body's alarm first, so calm; low-energy ones
 * (lonely, flat, drained) for contact or gentle movement, so connect or body.
 */
import type { Kind } from '../strategies/types.ts';
import { familyOf } from './vocabulary.ts';

/** For high-energy unpleasant words. */
export const RIGHT_NOW_HIGH: readonly Kind[] = ['calm'];
/** For low-energy unpleasant words, in the order to try them. */
export const RIGHT_NOW_LOW: readonly Kind[] = ['connect', 'body'];

/**
 * The kinds to offer for an entry's words, or null when none of them is unpleasant (then
 * there is no button). Mixed entries go with the unpleasant family that has more words; a
 * tie goes to calm, since a racing mind makes the other two harder to start. Pleasant
 * words and ids the vocabulary does not know are ignored.
 */
export function rightNowKinds(words: readonly string[]): readonly Kind[] | null {
  let high = 0;
  let low = 0;
  for (const w of words) {
    const family = familyOf(w);
    if (family === 'unpleasant-high') high++;
    else if (family === 'unpleasant-low') low++;
  }
  if (high === 0 && low === 0) return null;
  return high >= low ? RIGHT_NOW_HIGH : RIGHT_NOW_LOW;
}
