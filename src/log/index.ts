export { EVENT_TYPES, type EventType, type LogEvent } from './types.ts';
export { LOG_MAX_AGE_DAYS, LOG_MAX_EVENTS, appendEvent, newNudgeId } from './append.ts';
export { parseLog } from './parse.ts';
export { recentNudges, type Outcome, type RecentNudge } from './recent.ts';
export { weekChart, type ChartDay } from './week-chart.ts';
export { kindCounts, type KindCount } from './kind-counts.ts';
