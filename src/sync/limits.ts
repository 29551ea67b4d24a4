/**
 * What both browsers' storage.sync allow (issue 13), once. Chrome:
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 * (QUOTA_BYTES 102400, QUOTA_BYTES_PER_ITEM 8192, MAX_ITEMS 512, MAX_WRITE_OPERATIONS_PER_MINUTE
 * 120, MAX_WRITE_OPERATIONS_PER_HOUR 1800); Firefox enforces the same three size limits
 * (MDN storage.sync). An item costs its key's length plus its JSON value's, in UTF-8.
 */
export const ITEM_BYTES = 8192;
export const TOTAL_BYTES = 102_400;
export const MAX_ITEMS = 512;
export const WRITES_PER_MINUTE = 120;
export const WRITES_PER_HOUR = 1800;

/**
 * A change is written this long after the last one (the `sync` alarm; Chrome's shortest
 * alarm is 30 s). One sync writes at most twice (a set, then a remove of stale parts), so
 * at most 4 writes a minute and 240 an hour: well inside both write limits.
 */
export const SYNC_DELAY_MS = 30_000;
/** After the browser refused a write (too many writes), the next try. */
export const RETRY_MS = 60_000;

/** Every item Tend keeps in storage.sync starts with this; other keys are not Tend's. */
export const SYNC_PREFIX = 'tend.';
export const INDEX_KEY = 'tend.index';
/** The item format this Tend writes; a newer one is refused (`newerFormat`). */
export const SYNC_FORMAT = 1;
/** Removed own strategies and people remembered (so a removal follows you too), newest first. */
export const GONE_KEPT = 100;
