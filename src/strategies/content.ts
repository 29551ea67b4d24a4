/**
 * What strategies say, as data: one file per locale and kind (content/<locale>/<kind>.json),
 * an object from strategy id to its text. English is complete; any other locale may leave
 * out a strategy, a line or a field, and English stands in for exactly what is missing, so
 * a translator can add a language one file at a time. Pure: files come in as parsed JSON
 * (content-schema.ts checks them; this file stays free of valibot, so the popup's first
 * paint does not carry it).
 */
import type { Kind, NudgeLine, Strategy, StrategyMeta, StrategyText } from './types.ts';

export type KindText = Readonly<Record<string, StrategyText>>;

/** A translation as read: any part may be missing (content-schema.ts checks the shape). */
type Maybe<T> = { readonly [K in keyof T]?: T[K] | undefined };
export type PartialKindText = Readonly<
  Record<string, Maybe<Omit<StrategyText, 'nudges'>> & { readonly nudges?: readonly Maybe<NudgeLine>[] | undefined }>
>;

export class ContentError extends Error {}

/** `translated` over `english`, field by field and line by line; English wherever the translation is silent. */
export function withFallback(english: KindText, translated: PartialKindText | undefined): KindText {
  if (!translated) return english;
  return Object.fromEntries(
    Object.entries(english).map(([id, en]) => {
      const t = translated[id];
      if (!t) return [id, en];
      const nudges = en.nudges.map((line, i): NudgeLine => {
        const tl = t.nudges?.[i];
        const named = tl?.named ?? line.named;
        return { title: tl?.title ?? line.title, message: tl?.message ?? line.message, ...(named ? { named } : {}) };
      });
      return [id, { title: t.title ?? en.title, why: t.why ?? en.why, steps: t.steps ?? en.steps, nudges }];
    }),
  );
}

/**
 * The strategies of `kind` with their words, in META order. Throws a ContentError when the
 * text and the metadata disagree (a strategy without text, text for no strategy, a line
 * count that differs), so a content edit that breaks the library fails the build and tests.
 */
export function assemble(meta: readonly StrategyMeta[], kind: Kind, text: KindText, file: string): Strategy[] {
  const ofKind = meta.filter((m) => m.kind === kind);
  const known = new Set(ofKind.map((m) => m.id));
  const stray = Object.keys(text).filter((id) => !known.has(id));
  if (stray.length > 0) throw new ContentError(`${file}: text for strategies that are not in meta.ts: ${stray.join(', ')}`);
  return ofKind.map(({ lines, named = [], ...m }) => {
    const words = text[m.id];
    if (!words) throw new ContentError(`${file}: no text for ${m.id}`);
    if (words.nudges.length !== lines) throw new ContentError(`${file}: ${m.id} has ${String(words.nudges.length)} nudge lines, meta.ts says ${String(lines)}`);
    const withName = words.nudges.flatMap((line, i) => (line.named ? [i] : [])).join();
    if (withName !== named.join()) throw new ContentError(`${file}: ${m.id} has named lines [${withName}], meta.ts says [${named.join()}]`);
    return { ...m, ...words };
  });
}
