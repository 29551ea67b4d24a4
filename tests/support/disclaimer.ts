/**
 * The disclaimer and the crisis pointer as English shows them. Their one home is _locales
 * (`aboutDisclaimer`, `aboutCrisis`); tests read them from there, in any test environment
 * (end-to-end included, so no fake browser here).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL: in happy-dom tests the global URL is the DOM's, which node:fs refuses.
const PATH = join(dirname(fileURLToPath(import.meta.url)), '../../_locales/en/messages.json');
const messages = JSON.parse(readFileSync(PATH, 'utf8')) as Record<string, { message: string }>;

const english = (key: string): string => {
  const message = messages[key]?.message;
  if (message === undefined) throw new Error(`_locales/en/messages.json has no ${key}`);
  return message;
};

export const DISCLAIMER = english('aboutDisclaimer');
export const CRISIS_POINTER = english('aboutCrisis');
