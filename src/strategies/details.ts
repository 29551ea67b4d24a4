/**
 * The full strategies, loaded one kind at a time. The popup's first paint needs only the
 * current nudge's kind; the library view loads the rest when it opens. Each import is a
 * separate chunk in the build (esbuild code splitting).
 */
import type { Kind, Strategy } from './types.ts';

const LOADERS: Readonly<Record<Kind, () => Promise<readonly Strategy[]>>> = {
  connect: () => import('./library/connect.ts').then((m) => m.CONNECT),
  community: () => import('./library/community.ts').then((m) => m.COMMUNITY),
  move: () => import('./library/move.ts').then((m) => m.MOVE),
  body: () => import('./library/body.ts').then((m) => m.BODY),
  reflect: () => import('./library/reflect.ts').then((m) => m.REFLECT),
  calm: () => import('./library/calm.ts').then((m) => m.CALM),
  perspective: () => import('./library/perspective.ts').then((m) => m.PERSPECTIVE),
  steps: () => import('./library/steps.ts').then((m) => m.STEPS),
  gratitude: () => import('./library/gratitude.ts').then((m) => m.GRATITUDE),
  boundaries: () => import('./library/boundaries.ts').then((m) => m.BOUNDARIES),
  professional: () => import('./library/professional.ts').then((m) => m.PROFESSIONAL),
};

export function loadKind(kind: Kind): Promise<readonly Strategy[]> {
  return LOADERS[kind]();
}
