import * as v from 'valibot';
import { KINDS } from '../strategies/types.ts';
import { InstantSchema } from '../time/instant-schema.ts';
import type { LogSummary } from './summary.ts';
import { EVENT_TYPES, type LogEvent } from './types.ts';

const EventSchema = v.object({
  at: InstantSchema,
  type: v.picklist(EVENT_TYPES),
  nudgeId: v.string(),
  strategyId: v.string(),
  kind: v.picklist(KINDS),
  line: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  catchUp: v.optional(v.literal(true)),
  asked: v.optional(v.literal(true)),
  personId: v.optional(v.string()),
});

/**
 * The log from storage or an import. One bad event (say, of a kind that no longer exists)
 * should not cost the person their history, so invalid events are dropped and counted.
 */
export function parseLog(raw: unknown): { readonly events: LogEvent[]; readonly dropped: number } {
  if (!Array.isArray(raw)) return { events: [], dropped: 0 };
  const events: LogEvent[] = [];
  for (const item of raw) {
    const result = v.safeParse(EventSchema, item);
    if (result.success) events.push(stripUndefined(result.output));
  }
  events.sort((a, b) => a.at - b.at);
  return { events, dropped: raw.length - events.length };
}

function stripUndefined(e: v.InferOutput<typeof EventSchema>): LogEvent {
  const { line, catchUp, asked, personId, ...rest } = e;
  return {
    ...rest,
    ...(line === undefined ? {} : { line }),
    ...(catchUp === undefined ? {} : { catchUp }),
    ...(asked === undefined ? {} : { asked }),
    ...(personId === undefined ? {} : { personId }),
  };
}

const sum = v.pipe(v.number(), v.finite(), v.minValue(0));
const LogSummarySchema = v.object({
  at: v.nullable(InstantSchema),
  answers: v.array(v.tuple([v.string(), sum, sum])),
  lines: v.array(v.tuple([v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)), InstantSchema])),
  lastShown: v.nullable(v.object({ at: InstantSchema, kind: v.picklist(KINDS) })),
  // Absent in summaries written before People named anyone by its own rule: nobody named yet.
  named: v.optional(v.array(v.tuple([v.string(), InstantSchema])), []),
});

/** The summary from storage; undefined when it fails its schema. */
export function parseLogSummary(raw: unknown): LogSummary | undefined {
  const result = v.safeParse(LogSummarySchema, raw);
  return result.success ? result.output : undefined;
}
