// Where Debian's Chromium lives and how Tend launches it: shared by `npm start`, the e2e
// fixture and the icon renderer so every launch uses the same no-network flags.
import { existsSync } from 'node:fs';

/** The real binary; /usr/bin/chromium is a wrapper script that adds flags and warnings. */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a quiet, offline, reproducible browser (docs/platform-notes.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

/** @returns {string} */
export function chromiumPath() {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it with `sudo apt-get install -y chromium` ' +
        '(or set CHROME_PATH to a Chromium/Chrome binary).',
    );
  }
  return found;
}
