/**
 * The store listings (issue 14), store/<locale>/listing.json: each has the fields the
 * stores take, within their limits; the name is the extension's own (Chrome shows the
 * manifest's name); no listing makes a medical claim in any language; and every locale
 * Tend's interface speaks (_locales/) has a listing — a translation adds one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Listing {
  name: string;
  shortDescription: string;
  longDescription: string;
}

/** Chrome Web Store: the name (from the manifest) and the summary (the manifest's description field). */
const CHROME_NAME_MAX = 75;
const CHROME_SHORT_MAX = 132;
/** addons.mozilla.org: the summary shown under the name. */
const AMO_SUMMARY_MAX = 250;
/**
 * Word stems that make a medical claim, matched at the start of a word, accents ignored:
 * English, and the same claims in the languages being translated (de, es, fr). Tend
 * offers wellbeing ideas, not medical advice (README).
 */
const CLAIMS = ['cure', 'treat', 'therap', 'diagnos', 'heal', 'depress',
  'cura', 'terap', 'tratamiento', 'depres',
  'heil', 'behandl',
  'gueri', 'traitement'];

const folders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const storeLocales = folders('store');
const uiLocales = folders('_locales');

/** The extension's name in a locale, as the manifest's __MSG_extName__ gives it (English standing in). */
function extName(locale: string): string {
  const path = join('_locales', existsSync(join('_locales', locale, 'messages.json')) ? locale : 'en', 'messages.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { extName: { message: string } }).extName.message;
}

/** Lower case, accents stripped, so `thérapie` and `diagnóstico` meet their stems. */
const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function claimsIn(text: string): string[] {
  const words = plain(text).match(/\p{L}+/gu) ?? [];
  return words.filter((word) => CLAIMS.some((stem) => word.startsWith(stem)));
}

describe('store listings', () => {
  it('has the English listing the translations start from', () => {
    expect(storeLocales).toContain('en');
  });

  it.each(uiLocales)('has a listing for %s, which the interface speaks', (locale) => {
    if (!existsSync(join('store', locale, 'listing.json'))) {
      throw new Error(`_locales/${locale}/ exists but store/${locale}/listing.json does not: translate store/en/listing.json into it.`);
    }
  });

  describe.each(storeLocales)('store/%s/listing.json', (locale) => {
    const listing = JSON.parse(readFileSync(join('store', locale, 'listing.json'), 'utf8')) as Listing;

    it('has exactly the fields the stores take, as non-empty text', () => {
      expect(Object.keys(listing).sort()).toEqual(['longDescription', 'name', 'shortDescription']);
      for (const value of Object.values(listing)) {
        expect(typeof value).toBe('string');
        expect((value as string).trim()).not.toBe('');
      }
    });

    it("names Tend as the manifest does, within Chrome's limit", () => {
      expect(listing.name).toBe(extName(locale));
      expect(listing.name.length).toBeLessThanOrEqual(CHROME_NAME_MAX);
    });

    it("keeps the short description within Chrome's and AMO's limits", () => {
      expect(listing.shortDescription.length).toBeLessThanOrEqual(CHROME_SHORT_MAX);
      expect(listing.shortDescription.length).toBeLessThanOrEqual(AMO_SUMMARY_MAX);
      expect(listing.shortDescription).not.toContain('\n');
    });

    it('writes the long description as plain text in short paragraphs', () => {
      expect(listing.longDescription).not.toMatch(/<[a-z/][^>]*>|\*\*|^#/im);
      expect(listing.longDescription.split('\n\n').length).toBeGreaterThan(1);
    });

    it('makes no medical claim, and says it is not medical advice', () => {
      expect(claimsIn(Object.values(listing).join('\n'))).toEqual([]);
      if (locale === 'en') expect(listing.longDescription).toContain('not medical advice');
    });
  });

  it('catches a claim in any of the languages checked', () => {
    expect(claimsIn('Heals anxiety. Thérapie. Un diagnóstico. Gegen Depressionen.')).toEqual(['heals', 'therapie', 'diagnostico', 'depressionen']);
    expect(claimsIn('Secure, calm, a treatise-free curiosity')).toEqual(['treatise']);
  });
});
