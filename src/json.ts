/**
 * JSON with every object's keys sorted: for comparing and hashing values that may come
 * back from storage with their keys in another order (Chromium hands stored objects back
 * sorted; a schema's output follows the schema; Firefox keeps the written order).
 * `undefined` properties are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
