/**
 * Tend's strategy library: every strategy, in the order of KINDS. Content lives in
 * ./library/, one file per kind; this module only assembles it. Pure data, no browser APIs.
 */
import { BODY } from './library/body.ts';
import { BOUNDARIES } from './library/boundaries.ts';
import { CALM } from './library/calm.ts';
import { COMMUNITY } from './library/community.ts';
import { CONNECT } from './library/connect.ts';
import { GRATITUDE } from './library/gratitude.ts';
import { MOVE } from './library/move.ts';
import { PERSPECTIVE } from './library/perspective.ts';
import { PROFESSIONAL } from './library/professional.ts';
import { REFLECT } from './library/reflect.ts';
import { STEPS } from './library/steps.ts';
import { KINDS } from './types.ts';
import type { Kind, Strategy } from './types.ts';

export { KINDS } from './types.ts';
export type { Kind, NudgeLine, Strategy } from './types.ts';
export { SOURCES } from './sources.ts';
export type { SourceFile } from './sources.ts';

/** A Record, so adding a kind to KINDS fails to compile until it has content here. */
const BY_KIND: Readonly<Record<Kind, readonly Strategy[]>> = {
  connect: CONNECT,
  community: COMMUNITY,
  move: MOVE,
  body: BODY,
  reflect: REFLECT,
  calm: CALM,
  perspective: PERSPECTIVE,
  steps: STEPS,
  gratitude: GRATITUDE,
  boundaries: BOUNDARIES,
  professional: PROFESSIONAL,
};

/** Every strategy, grouped by kind in KINDS order. */
export const STRATEGIES: readonly Strategy[] = KINDS.flatMap((kind) => BY_KIND[kind]);

const BY_ID: ReadonlyMap<string, Strategy> = new Map(STRATEGIES.map((s) => [s.id, s]));

/** The strategy with this id, or undefined (e.g. an id from an old log that was retired). */
export function strategyById(id: string): Strategy | undefined {
  return BY_ID.get(id);
}

/** The strategies of one kind, in library order. */
export function strategiesOfKind(kind: Kind): readonly Strategy[] {
  return BY_KIND[kind];
}
