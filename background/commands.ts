/**
 * The worker's side of the command protocol: a thin table. Each command loads the state
 * under the lock, calls its pure transition in src/commands/ (which the simulator drives
 * too), and settles the browser to the outcome (perform.ts).
 */
import type { Handlers } from '../platform/messaging.ts';
import { done, skip } from '../src/commands/answer.ts';
import { addCustom, dismissNotice, removeCustom } from '../src/commands/housekeeping.ts';
import { addEntry, deleteEntry, editEntry, felt } from '../src/commands/journal.ts';
import { rightNow } from '../src/commands/journal-right-now.ts';
import { snooze } from '../src/commands/snooze.ts';
import { another, start, testNudge } from '../src/commands/offer-now.ts';
import { pause } from '../src/commands/pause.ts';
import { addPerson, editPerson, pausePerson, removePerson, restorePerson, resumePerson, talked } from '../src/commands/people.ts';
import { saveSettings } from '../src/commands/settings.ts';
import { CommandError } from '../src/protocol.ts';
import { parseSettings } from '../src/settings/parse.ts';
import { readJournal } from '../src/state/parse-journal.ts';
import { STATE_KEYS } from '../src/state/types.ts';
import { eraseAll, importData } from './data.ts';
import { setSync } from './sync.ts';
import { readPermissionLevel } from './health.ts';
import { locked, perform, sensedAt, worldAt } from './perform.ts';

export const handlers: Handlers = {
  ping: () => Promise.resolve('pong'),

  done: (payload) => locked(async (state, now) => perform(state, done(state, payload, await sensedAt(now, state.settings)), now)),

  skip: (payload) => locked(async (state, now) => perform(state, skip(state, payload, await sensedAt(now, state.settings)), now)),

  snooze: (payload) => locked((state, now) => perform(state, snooze(state, payload, worldAt(now)), now)),

  another: (payload) => locked((state, now) => perform(state, another(state, payload, worldAt(now)), now)),

  start: (payload) => locked((state, now) => perform(state, start(state, payload, worldAt(now)), now)),

  testNudge: (payload) =>
    locked(async (state, now) => {
      const permission = await readPermissionLevel();
      return perform(state, testNudge(state, payload, { ...worldAt(now), permission }), now);
    }),

  saveSettings: ({ settings }) =>
    locked(async (state, now) => {
      const parsed = parseSettings(settings);
      if (!parsed.ok) throw new CommandError({ code: parsed.code, path: parsed.path });
      const world = await sensedAt(now, parsed.value);
      return perform(state, saveSettings(state, { settings: parsed.value }, world), now);
    }),

  pause: (payload) => locked(async (state, now) => perform(state, pause(state, payload, await sensedAt(now, state.settings)), now)),

  dismissNotice: (payload) => locked((state, now) => perform(state, dismissNotice(state, payload), now)),

  addCustom: (payload) => locked((state, now) => perform(state, addCustom(state, payload, worldAt(now)), now)),

  removeCustom: (payload) => locked((state, now) => perform(state, removeCustom(state, payload), now)),

  addPerson: (payload) => locked((state, now) => perform(state, addPerson(state, payload, worldAt(now)), now)),

  editPerson: (payload) => locked((state, now) => perform(state, editPerson(state, payload, worldAt(now)), now)),

  pausePerson: (payload) => locked((state, now) => perform(state, pausePerson(state, payload, worldAt(now)), now)),

  resumePerson: (payload) => locked((state, now) => perform(state, resumePerson(state, payload, worldAt(now)), now)),

  removePerson: (payload) => locked((state, now) => perform(state, removePerson(state, payload), now)),

  restorePerson: (payload) => locked((state, now) => perform(state, restorePerson(state, payload), now)),

  talked: (payload) => locked((state, now) => perform(state, talked(state, payload, worldAt(now)), now)),

  // The journal is read only for its own commands (every other command and wake leaves it out).
  addEntry: (payload) => locked((state, now) => perform(state, addEntry(state, payload, worldAt(now)), now), STATE_KEYS, readJournal),

  editEntry: (payload) => locked((state, now) => perform(state, editEntry(state, payload, worldAt(now)), now), STATE_KEYS, readJournal),

  deleteEntry: (payload) => locked((state, now) => perform(state, deleteEntry(state, payload), now), STATE_KEYS, readJournal),

  felt: (payload) => locked((state, now) => perform(state, felt(state, payload, worldAt(now)), now)),

  rightNow: (payload) => locked((state, now) => perform(state, rightNow(state, payload, worldAt(now)), now)),

  // Your data: each takes the lock and writes once itself (background/data.ts).
  importData: (payload) => importData(payload),

  eraseAll: () => eraseAll(),

  // Settings that follow you: the options page's two switches (background/sync.ts takes the lock).
  setSync: (payload) => setSync(payload),
};
