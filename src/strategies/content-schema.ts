/**
 * The shape every content file must have (content.ts says what they are). Checked where
 * content enters Tend: the build and the library tests, never at run time in a page.
 */
import * as v from 'valibot';
import { ContentError, type KindText, type PartialKindText } from './content.ts';

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const Line = v.strictObject({
  title: Text,
  message: Text,
  named: v.optional(v.strictObject({ title: Text, message: Text })),
});
const StrategyTextSchema = v.strictObject({
  title: Text,
  nudges: v.array(Line),
  why: Text,
  steps: v.array(Text),
});
/** A whole kind file in the reference language: every field present. */
const KindFile = v.record(v.string(), StrategyTextSchema);
/** A translation: anything may be missing, nothing may be of the wrong shape. */
const PartialKindFile = v.record(
  v.string(),
  v.partial(v.strictObject({ ...StrategyTextSchema.entries, nudges: v.array(v.partial(Line)) })),
);

/** A kind file of the reference language (English), checked: throws a ContentError naming the file and field. */
export function parseKindText(raw: unknown, file: string): KindText {
  const result = v.safeParse(KindFile, raw);
  if (!result.success) throw new ContentError(`${file}: ${issueText(result.issues)}`);
  return Object.fromEntries(
    Object.entries(result.output).map(([id, t]) => [id, { ...t, nudges: t.nudges.map(({ named, ...line }) => (named ? { ...line, named } : line)) }]),
  );
}

/** A translated kind file, checked for shape only (missing parts fall back). */
export function parsePartialKindText(raw: unknown, file: string): PartialKindText {
  const result = v.safeParse(PartialKindFile, raw);
  if (!result.success) throw new ContentError(`${file}: ${issueText(result.issues)}`);
  return result.output;
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path === '' ? '' : `${path}: `}${first?.message ?? 'unreadable'}`;
}

