/**
 * "Something for right now?": after an entry with unpleasant words, the person asks for one
 * strategy of a fitting kind (journal/right-now.ts) and it is put on offer at once, as Start
 * now does. Asked for, so strategies marked `whenAsked` may come up; never a notification.
 */
import { helpLean } from '../journal/helps.ts';
import { rightNowKinds } from '../journal/right-now.ts';
import { pick } from '../pick/pick.ts';
import { allStrategies } from '../state/offer.ts';
import type { State } from '../state/types.ts';
import { start } from './offer-now.ts';
import type { Result, World } from './world.ts';

export function rightNow(state: State, payload: { readonly words: readonly string[] }, world: World): Result<{ nudgeId: string }> {
  const kinds = rightNowKinds(payload.words);
  if (!kinds) return { refused: 'nothing-enabled' };
  const lean = helpLean(state.felt);
  // In the order right-now.ts gives: the first fitting kind the person has on.
  for (const kind of kinds) {
    const strategies = allStrategies(world.library, state).filter((s) => s.kind === kind);
    const chosen = pick({ strategies, settings: state.settings, log: state.log, now: world.now, timeZone: world.timeZone, random: world.random, asked: true, lean });
    if (chosen) return start(state, { strategyId: chosen.strategyId }, world);
  }
  return { refused: 'nothing-enabled' };
}
