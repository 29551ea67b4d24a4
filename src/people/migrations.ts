/**
 * Older people data, carried forward one version at a time (as src/settings/migrations.ts
 * does). Each step is a small pure function over unvalidated data: it rewrites only what it
 * understands and leaves the rest for the schema to judge, so a broken old slice is still
 * reported with a path and a code, never guessed at.
 */

/** What a step may need beyond the data: moments the old shape never recorded. */
export interface MigrationContext {
  /** The moment of the read (injected, never read from a clock here). */
  readonly now: number;
}

export type Migration = (old: unknown, context: MigrationContext) => unknown;

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * v0 → v1. Version 0 is the shape the picker and the simulator used before issue 11
 * (never stored by a released Tend): a bare array of `{ id, name, everyDays, lastContactAt }`, no envelope. It
 * had no `addedAt`, so people get `now`: their rhythm starts from the day Tend learnt about
 * them, unless a last contact says otherwise. The old "never contacted goes first" rule is
 * not kept; a fresh start is kinder than a nudge about someone just added.
 */
const v0ToV1: Migration = (old, { now }) => {
  if (!Array.isArray(old)) return old;
  const people = old.map((p: unknown) => {
    if (!isRecord(p)) return p;
    const { everyDays, lastContactAt, ...rest } = p;
    const contacts = typeof lastContactAt === 'number' ? [{ at: lastContactAt }] : [];
    return { ...rest, rhythmDays: everyDays, contacts, addedAt: now, updatedAt: now };
  });
  return { version: 1, people };
};

/** `MIGRATIONS[i]` turns version i into version i + 1 (version 0 being the bare array). */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** Applies every step from `fromVersion` to the current version. */
export function migrate(old: unknown, fromVersion: number, context: MigrationContext): unknown {
  let data = old;
  for (let version = fromVersion; version < MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version];
    if (step) data = step(data, context);
  }
  return data;
}
