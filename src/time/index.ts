export { isValidTimeZone, localParts, offsetAt, type LocalParts } from './zone.ts';
export {
  WEEKDAYS,
  addDays,
  dateKey,
  daysBetween,
  localDateOf,
  weekdayIndex,
  weekdayOf,
  type LocalDate,
  type Weekday,
} from './local-date.ts';
export {
  localToEpoch,
  startOfLocalDay,
  startOfNextLocalDay,
  type Disambiguation,
} from './local-to-epoch.ts';
export { formatLocalIso, minutesOfTime } from './format.ts';
