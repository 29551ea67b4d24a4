/**
 * Older export formats, carried forward one version at a time (like settings' migrations,
 * STYLE.md §5): MIGRATIONS[i] turns format i + 1 into format i + 2. Each step is a small pure
 * function over unvalidated data: it rewrites what it understands and leaves the rest for the
 * schemas to judge. Format 1 is the first, so the list is empty; a format 2 adds its step here.
 * The slices inside carry their own versions (settings) or are wrapped in the current one
 * (people, journal: ./parse.ts), so a slice's own migration runs after the file's.
 */
export type FileData = Readonly<Record<string, unknown>>;
export type FormatMigration = (old: FileData) => FileData;

export const MIGRATIONS: readonly FormatMigration[] = [];

/** `raw` of format `from`, brought to format `from + steps.length` (`steps` for tests). */
export function migrateFile(raw: FileData, from: number, steps: readonly FormatMigration[] = MIGRATIONS): FileData {
  let data = raw;
  for (const step of steps.slice(from - 1)) data = { ...step(data), format: (data['format'] as number) + 1 };
  return data;
}
