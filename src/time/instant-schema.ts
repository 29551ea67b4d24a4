/**
 * The schema every stored moment passes (instant.ts gives the bound and why). Apart from
 * the bound, so a page that only compares moments (the popup's first paint) carries no schema.
 */
import * as v from 'valibot';
import { MAX_INSTANT, MIN_INSTANT } from './instant.ts';

const MESSAGE = 'expected a moment (ms since 1970) between the years 2000 and 2200';

/** A stored moment; `message` words the refusal where people read it (settings files). */
export const instantSchema = (message: string = MESSAGE) =>
  v.pipe(v.number(message), v.finite(message), v.minValue(MIN_INSTANT, message), v.maxValue(MAX_INSTANT, message));

export const InstantSchema = instantSchema();
