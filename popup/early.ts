/**
 * The popup's first script: it starts the reads its first paint waits on (ui/early-read.ts)
 * while popup.js and its chunk are still loading. A classic script on its own, loaded
 * `async` from popup.html, with nothing to import.
 */
import { startEarlyReads } from '../ui/early-read.ts';

startEarlyReads(location.search);
