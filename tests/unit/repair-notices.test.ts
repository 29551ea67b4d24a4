/**
 * Every repair is told in two wordings (background/i18n.ts repairWords): its key when a copy
 * of the unreadable data was kept, the `…NoCopy` twin when none could be (a count through
 * the plural rules, `noticeLogDropped_one`…). Both must exist, with the same placeholders,
 * or the person would read a bare key. (That the keys exist is also checked by the compiler.)
 */
import { describe, expect, it } from 'vitest';
import { pluralIn } from '../../src/i18n/plural.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { parseState } from '../../src/state/parse.ts';
import { getMessage } from '../support/fake-extras.ts';

const event = { at: Date.UTC(2026, 2, 4), type: 'shown', nudgeId: 'n', strategyId: 's', kind: 'calm' };
const BAD = {
  'settings unreadable': { settings: { ...DEFAULT_SETTINGS, version: 99 } },
  'history not a list': { log: 'x' },
  'one history entry': { log: [event, { ...event, type: 'hugged' }] },
  'several history entries': { log: [event, 1, 2] },
  'own strategies': { custom: [{ id: 'custom-x' }] },
};

describe('repair notices', () => {
  it.each(Object.entries(BAD))('%s: worded with and without a kept copy', (_, raw) => {
    const [repair] = parseState(raw).repairs;
    if (!repair) throw new Error('expected a repair');
    const plural = pluralIn('en', getMessage);
    const [kept, none] =
      'pluralKey' in repair
        ? [plural(repair.pluralKey, repair.count, repair.substitutions), plural(`${repair.pluralKey}NoCopy`, repair.count, repair.substitutions)]
        : [getMessage(repair.messageKey, [...repair.substitutions]), getMessage(`${repair.messageKey}NoCopy`, [...repair.substitutions])];
    expect(kept).toMatch(/A copy (of the old \w+ )?is kept in storage\.$/);
    expect(none).toMatch(/too large to keep a copy\.$/);
    for (const sub of repair.substitutions) expect(none.includes(sub)).toBe(kept.includes(sub));
  });
});
