/**
 * Older journal slices, carried forward one version at a time, as settings are
 * (src/settings/migrations.ts): each step is a small pure function over unvalidated data
 * that rewrites only what it understands and leaves the rest for the schema to judge.
 *
 * Version 1 is the first, so the list is empty. To change the shape: bump JOURNAL_VERSION in
 * schema.ts and append the step that turns the previous version into it; the test that
 * JOURNAL_VERSION equals the list's length + 1 fails until both are done.
 */
export type JournalData = Readonly<Record<string, unknown>>;
export type JournalMigration = (old: JournalData) => JournalData;

/** `JOURNAL_MIGRATIONS[i]` turns version i + 1 into version i + 2. */
export const JOURNAL_MIGRATIONS: readonly JournalMigration[] = [];

/**
 * Applies every step from `fromVersion` on, in order. `steps` is a parameter so the
 * mechanism is tested before the first real migration exists.
 */
export function migrateJournal(
  old: JournalData,
  fromVersion: number,
  steps: readonly JournalMigration[] = JOURNAL_MIGRATIONS,
): JournalData {
  let data = old;
  for (let version = fromVersion; version <= steps.length; version++) {
    const step = steps[version - 1];
    if (step) data = step(data);
  }
  return data;
}
