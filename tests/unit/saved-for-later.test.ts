/**
 * A nudge put off with Later is kept when the person asks for one meanwhile (issue 15):
 * "Give me one now" brings it back, "A different one" and Start now of another strategy
 * replace it knowingly (logged as passed, and its moment brings nothing back by itself).
 */
import { describe, expect, it } from 'vitest';
import { snooze } from '../../src/commands/snooze.ts';
import { another, start, testNudge } from '../../src/commands/offer-now.ts';
import { replan } from '../../src/commands/replan.ts';
import { refused, type Result } from '../../src/commands/world.ts';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import type { State } from '../../src/state/types.ts';
import { worldAt } from '../support/command-world.ts';
import { at, MINUTE } from '../support/sim-clock.ts';
import { everyDay, settingsWith } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';
const settings = settingsWith({ activeHours: everyDay({ start: '08:00', end: '22:00' }), intervalMinutes: 120, minGapMinutes: 60 });
const installedAt = at(tz, '2025-06-10 09:00');

/** Applies an outcome the way settle does: the patch over the state. */
function after<R>(state: State, result: Result<R> | { readonly patch: Partial<State> }): State {
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return { ...state, ...result.patch };
}

/** Started from the library, then put off with Later: a nudge saved for later. */
function withSaved(): { state: State; now: number; savedId: string; strategyId: string } {
  let state: State = { ...INITIAL_STATE, settings };
  state = after(state, start(state, { strategyId: 'move-short-walk' }, worldAt(installedAt)));
  const id = state.current?.id ?? '';
  state = after(state, snooze(state, { nudgeId: id }, worldAt(installedAt + MINUTE)));
  if (state.current?.snoozedUntil == null) throw new Error('not snoozed');
  return { state, now: installedAt + 5 * MINUTE, savedId: id, strategyId: 'move-short-walk' };
}

const typesOf = (state: State, nudgeId: string) => state.log.filter((e) => e.nudgeId === nudgeId).map((e) => e.type);

describe('a nudge saved for later', () => {
  it('"Give me one now" brings that one back now, as it was, and keeps no comeback planned', () => {
    const { state, now, savedId, strategyId } = withSaved();
    const line = state.current?.line;
    const back = after(state, another(state, { nudgeId: null }, worldAt(now)));
    expect(back.current).toMatchObject({ id: savedId, strategyId, line, snoozedUntil: null, shownAt: now, notified: true });
    expect(typesOf(back, savedId)).toEqual(['shown', 'snoozed', 'shown']);
    expect(back.schedule.again).toBe(false);
    expect(back.schedule.lastShownAt).toBe(now);
  });

  it('"A different one" (Another one naming it) logs it as passed and offers another strategy', () => {
    const { state, now, savedId, strategyId } = withSaved();
    const next = after(state, another(state, { nudgeId: savedId }, worldAt(now)));
    expect(next.current?.id).not.toBe(savedId);
    expect(next.current?.strategyId).not.toBe(strategyId);
    expect(next.current?.snoozedUntil).toBeNull();
    expect(typesOf(next, savedId)).toEqual(['shown', 'snoozed', 'passed']);
    // Its moment now plans a new nudge with the usual cap and gap, not a comeback.
    expect(next.schedule.again).toBe(false);
  });

  it('Start now of another strategy replaces it knowingly: logged as passed, nothing comes back at its moment', () => {
    const { state, now, savedId } = withSaved();
    const started = after(state, start(state, { strategyId: 'calm-slow-breathing' }, worldAt(now)));
    expect(started.current).toMatchObject({ strategyId: 'calm-slow-breathing', snoozedUntil: null });
    expect(typesOf(started, savedId)).toEqual(['shown', 'snoozed', 'passed']);
    expect(started.schedule.again).toBe(false);
    // Answered and woken at the saved nudge's old moment: no comeback, a fresh pick or none.
    const due = started.schedule.dueAt;
    if (due !== null) {
      const woken = after(started, replan(started, 'alarm', worldAt(due)));
      expect(woken.current?.id).not.toBe(savedId);
    }
  });

  it('Start now of its own strategy brings the same nudge back', () => {
    const { state, now, savedId, strategyId } = withSaved();
    const back = after(state, start(state, { strategyId }, worldAt(now)));
    expect(back.current).toMatchObject({ id: savedId, snoozedUntil: null });
    expect(typesOf(back, savedId)).toEqual(['shown', 'snoozed', 'shown']);
  });

  it('the test nudge shows the saved one as a notification, closing any old one first', () => {
    const { state, now, savedId } = withSaved();
    const result = testNudge(state, null, worldAt(now, { permission: 'granted' }));
    if (refused(result)) throw new Error(result.refused);
    expect(result.close).toEqual([savedId]);
    expect(result.patch.current).toMatchObject({ id: savedId, notified: false, snoozedUntil: null });
    expect(result.patch.health).toEqual({ notifications: 'granted', checkedAt: now });
  });
});
