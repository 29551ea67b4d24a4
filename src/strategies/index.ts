/**
 * Tend's strategy library in English, assembled from what each strategy is (meta.ts) and
 * what it says (content/en/<kind>.json). For the core's tests, the simulator and tools:
 * extension pages load one kind's text on demand (details.ts) and the worker one line's
 * worth (docs/architecture.md), so neither bundles this module. Pure data, no browser APIs.
 */
import BODY from '../../content/en/body.json' with { type: 'json' };
import BOUNDARIES from '../../content/en/boundaries.json' with { type: 'json' };
import CALM from '../../content/en/calm.json' with { type: 'json' };
import COMMUNITY from '../../content/en/community.json' with { type: 'json' };
import CONNECT from '../../content/en/connect.json' with { type: 'json' };
import GRATITUDE from '../../content/en/gratitude.json' with { type: 'json' };
import MOVE from '../../content/en/move.json' with { type: 'json' };
import PERSPECTIVE from '../../content/en/perspective.json' with { type: 'json' };
import PROFESSIONAL from '../../content/en/professional.json' with { type: 'json' };
import REFLECT from '../../content/en/reflect.json' with { type: 'json' };
import STEPS from '../../content/en/steps.json' with { type: 'json' };
import { assemble } from './content.ts';
import { parseKindText } from './content-schema.ts';
import { META } from './meta.ts';
import { KINDS } from './types.ts';
import type { Kind, Strategy } from './types.ts';

export { KINDS } from './types.ts';
export type { Kind, NudgeLine, Strategy } from './types.ts';
export { SOURCES } from './sources.ts';
export type { SourceFile } from './sources.ts';

/** A Record, so adding a kind to KINDS fails to compile until it has content here. */
const ENGLISH: Readonly<Record<Kind, unknown>> = {
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
export const STRATEGIES: readonly Strategy[] = KINDS.flatMap((kind) => {
  const file = `content/en/${kind}.json`;
  return assemble(META, kind, parseKindText(ENGLISH[kind], file), file);
});

const BY_ID: ReadonlyMap<string, Strategy> = new Map(STRATEGIES.map((s) => [s.id, s]));

/** The strategy with this id, or undefined (e.g. an id from an old log that was retired). */
export function strategyById(id: string): Strategy | undefined {
  return BY_ID.get(id);
}
