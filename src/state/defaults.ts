import { EMPTY_JOURNAL } from '../journal/basics.ts';
import { EMPTY_PEOPLE } from '../people/person.ts';
import { EMPTY_SUMMARY } from '../log/summary.ts';
import { INITIAL_SCHEDULE_STATE } from '../schedule/state.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import type { State } from './types.ts';

export const INITIAL_STATE: State = Object.freeze({
  settings: DEFAULT_SETTINGS,
  schedule: INITIAL_SCHEDULE_STATE,
  log: Object.freeze([]),
  logSummary: EMPTY_SUMMARY,
  current: null,
  custom: Object.freeze([]),
  notices: Object.freeze([]),
  health: Object.freeze({ notifications: 'unknown', checkedAt: null }),
  journal: EMPTY_JOURNAL,
  felt: Object.freeze([]),
  people: EMPTY_PEOPLE,
});
