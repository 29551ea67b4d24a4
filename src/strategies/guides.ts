/**
 * Which strategies come with a guide in the popup. The breathing guide counts in for 4,
 * out for 6 (popup/views/breathe.tsx), so it belongs with the strategies that *are* slow
 * breathing, not with every calm one: "Picture a calm place" is a visualisation and
 * grounding is the senses, and a "Breathe with me" button on them reads as a mistake
 * (issue 15). A list by id, like the ids in meta.ts, never renamed once shipped; the
 * person's own strategies get no guide, whatever their kind.
 */
export type Guide = 'breathe';

const GUIDES: Readonly<Record<string, Guide>> = {
  'calm-slow-breathing': 'breathe',
  'calm-belly-breathing': 'breathe',
};

export function guideOf(strategyId: string): Guide | null {
  return Object.hasOwn(GUIDES, strategyId) ? (GUIDES[strategyId] ?? null) : null;
}
