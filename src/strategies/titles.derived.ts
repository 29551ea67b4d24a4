/**
 * Each strategy's title and kind by id: all the popup's first paint needs of the library
 * besides the current nudge's own details (loaded by kind, see details.ts).
 */
import { STRATEGIES } from './index.ts';
import type { Kind } from './types.ts';

export const TITLES: Readonly<Record<string, { readonly title: string; readonly kind: Kind }>> = Object.fromEntries(
  STRATEGIES.map((s) => [s.id, { title: s.title, kind: s.kind }]),
);
