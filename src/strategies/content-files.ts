/**
 * The one step from content sources (content/<locale>/<kind>.json, what strategies say) to
 * the files the extension loads at run time, per locale, English standing in for anything
 * a translation leaves out:
 *
 * - `content/<locale>/<kind>.json`: the kind's strategies in full (Strategy[]), for the
 *   library;
 * - `content/<locale>/strategy/<id>.json`: one strategy in full, for the popup's Now card,
 *   so its first paint reads only the nudge it shows;
 * - `content/<locale>/lines/<id>.json`: one strategy's nudge lines, `[[title, message,
 *   namedTitle?, namedMessage?], …]`, so the worker reads a few hundred bytes to word one
 *   notification instead of carrying the library in its bundle;
 * - `content/<locale>/titles.json`: `{ id: title }` for every strategy, for the log.
 *
 * The build writes them (scripts/lib/content.mjs) and the tests serve the same bytes
 * (tests/support/content-fetch.ts). Pure: the sources come in as parsed JSON.
 */
import { assemble, withFallback } from './content.ts';
import { parseKindText, parsePartialKindText } from './content-schema.ts';
import { contentPath, REFERENCE_LOCALE, type PackedLine } from './content-paths.ts';
import { KINDS, type Kind, type NudgeLine, type StrategyMeta } from './types.ts';

/** locale → kind → the parsed JSON of content/<locale>/<kind>.json (absent: not translated yet). */
export type ContentSources = Readonly<Record<string, Partial<Readonly<Record<Kind, unknown>>>>>;

/** Every run-time content file, by path. Throws a ContentError naming the file when a source is wrong. */
export function contentFiles(meta: readonly StrategyMeta[], sources: ContentSources): Record<string, unknown> {
  const english = sources[REFERENCE_LOCALE];
  if (!english) throw new Error(`content/${REFERENCE_LOCALE}/ is missing: English is the reference every locale falls back to`);
  const files: Record<string, unknown> = {};
  for (const locale of Object.keys(sources).sort()) {
    const titles: Record<string, string> = {};
    for (const kind of KINDS) {
      const file = `content/${locale}/${kind}.json`;
      const reference = parseKindText(english[kind], `content/${REFERENCE_LOCALE}/${kind}.json`);
      const raw = sources[locale]?.[kind];
      const text = locale === REFERENCE_LOCALE ? reference : withFallback(reference, raw === undefined ? undefined : parsePartialKindText(raw, file));
      const strategies = assemble(meta, kind, text, file);
      files[contentPath(locale, kind)] = strategies;
      for (const s of strategies) {
        files[contentPath(locale, `strategy/${s.id}`)] = s;
        files[contentPath(locale, `lines/${s.id}`)] = s.nudges.map(packLine);
        titles[s.id] = s.title;
      }
    }
    files[contentPath(locale, 'titles')] = titles;
  }
  return files;
}

function packLine(line: NudgeLine): PackedLine {
  return line.named ? [line.title, line.message, line.named.title, line.named.message] : [line.title, line.message];
}
