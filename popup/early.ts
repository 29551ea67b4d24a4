/**
 * The popup's first script: it starts the reads its first paint waits on (ui/early-read.ts)
 * while popup.js and its chunk are still loading. A classic script bundled on its own (it
 * loads nothing at run time), `async` in popup.html.
 */
import { startEarlyReads } from '../ui/early-read.ts';

startEarlyReads(location.search);
