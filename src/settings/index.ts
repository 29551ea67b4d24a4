export type {
  ActiveHours,
  Holds,
  KindPreference,
  NotificationStyle,
  Pause,
  Settings,
  TimeRange,
} from './types.ts';
export { DEFAULT_KIND_PREFERENCE, DEFAULT_SETTINGS, SETTINGS_VERSION } from './defaults.ts';
export { SettingsSchema } from './schema.ts';
export { MIGRATIONS, migrate, type Migration, type SettingsData } from './migrations.ts';
export { parseSettings, type ParseResult } from './parse.ts';
export { SETTINGS_CODES, isSettingsCode, type SettingsCode, type SettingsIssue } from './codes.ts';
export { PAUSE_UNTIL_RESUMED, pauseFor, pauseRestOfToday, pausedUntil, withPause } from './pause.ts';
