/**
 * The extension pages' own storage (`localStorage`, one per extension, shared by the popup
 * and the options page): what a page keeps for itself, never the person's data, which is the
 * worker's, in storage.local. Today: the popup's copy of the library (strategy-copies.ts) and
 * whether Now's "Why it helps, and how" was left open (popup/views/now.tsx).
 */

/** The pages' storage, or undefined where there is none (Chrome's service worker) or it is turned off. */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Reading `localStorage` throws where page storage is turned off.
    return undefined;
  }
}

/** Forgets everything the pages kept: "Erase everything" leaves Tend as freshly installed. */
export function clearPageStorage(): void {
  try {
    pageStorage()?.clear();
  } catch {
    // Nothing to forget where it cannot be reached.
  }
}
