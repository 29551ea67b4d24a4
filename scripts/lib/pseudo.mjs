// Test-only pseudo-locales (issue 14, "Layouts that hold in any language"), generated from
// English by `node scripts/build.mjs --pseudo` and never shipped:
// - en_GB, accented: every UI string and strategy text with accented letters, ~40 % longer
//   (German runs about a third longer than English), and a 60-character unbroken word in
//   every strategy title and in every tenth UI string, so a layout that cannot wrap one shows.
// - ar, right-to-left: English marked as mirrored (wrapped in RIGHT-TO-LEFT OVERRIDE … POP
//   DIRECTIONAL FORMATTING), the long word in every strategy title, in a locale Chromium
//   runs with, so `@@bidi_dir` is `rtl`.
// Chromium picks an extension's locale from its UI language (`--lang=…`), so each pseudo
// lives under a locale folder Chromium runs with. Not en_XA: Debian's Chromium has no
// en-XA.pak, so with `--lang=en-XA` browser.i18n reads _locales/en_XA while
// getUILanguage() says en-US (seen on Chromium 156) and the content would stay English; the
// accented pseudo is therefore en_GB (`--lang=en-GB`), which both agree on.
// Placeholders ($1, $COUNT$, {name}) are kept as they are.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ACCENTED = 'en_GB';
export const RTL = 'ar';

/** @type {Readonly<Record<string, string>>} */
const ACCENTS = { a: 'à', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ğ', h: 'ĥ', i: 'ĩ', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ', n: 'ñ', o: 'ő', p: 'ƥ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ũ', v: 'ṽ', w: 'ŵ', y: 'ŷ', z: 'ž', A: 'À', C: 'Ç', D: 'Đ', E: 'É', G: 'Ĝ', H: 'Ĥ', I: 'Ĩ', L: 'Ĺ', N: 'Ñ', O: 'Ő', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ũ', W: 'Ŵ', Y: 'Ŷ' };
/** What must survive: i18n placeholders and substitutions, content's {name}. */
const TOKEN = /(\$[A-Za-z0-9_]+\$|\$\d|\$\$|\{[a-zA-Z]+\})/;
const FILLER = ['ŀőŕéɱ', 'ĩƥšũɱ', 'đőĺőŕ', 'šĩţ', 'àɱéţ'];

/** @param {string} text */
const accentOnly = (text) => text.split(TOKEN).map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c))).join('');

/** 60 characters with no break opportunity: a long German compound is about half that. */
export const LONG_WORD = accentOnly('Unbrokenwordofsixtycharacterssothatalayoutmustwrapitanywhere'.slice(0, 60));

/** Accented and about 40 % longer (whole filler words, so it wraps as a translation would). @param {string} text @param {boolean} long */
export function accent(text, long = false) {
  if (text.trim() === '') return text;
  const extra = Math.max(1, Math.round(text.length * 0.4));
  const words = [];
  for (let n = 0, i = 0; n < extra; i++) {
    const word = FILLER[i % FILLER.length] ?? '';
    words.push(word);
    n += word.length + 1;
  }
  return `${accentOnly(text)} ${long ? `${LONG_WORD} ` : ''}${words.join(' ')}`;
}

/** English as mirrored text: shown right to left in a right-to-left page. @param {string} text */
export function mirror(text, long = false) {
  return text.trim() === '' ? text : `\u202E${text}${long ? ` ${LONG_WORD}` : ''}\u202C`;
}

/** @param {unknown} value @param {(s: string, path: string) => string} fn @param {string} path @returns {unknown} */
function mapStrings(value, fn, path = '') {
  if (typeof value === 'string') return fn(value, path);
  if (Array.isArray(value)) return value.map((v, i) => mapStrings(v, fn, `${path}[${String(i)}]`));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, `${path}.${k}`)]));
  return value;
}

/** @param {string} path @returns {unknown} */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The pseudo-locales' content sources (as content/<locale>/ would hold them) and messages.
 * @returns {{ content: Record<string, Record<string, unknown>>; feelings: Record<string, unknown>; messages: Record<string, Record<string, unknown>> }}
 */
export function pseudoLocales() {
  /** @type {Record<string, (s: string, path: string, index: number) => string>} */
  const transforms = {
    [ACCENTED]: (s, path, index) => accent(s, /^\.[^.]+\.title$/.test(path) || (path.endsWith('.message') && index % 10 === 0)),
    [RTL]: (s, path) => mirror(s, /^\.[^.]+\.title$/.test(path)),
  };
  /** @type {Record<string, Record<string, unknown>>} */
  const content = {};
  /** @type {Record<string, unknown>} */
  const feelings = {};
  /** @type {Record<string, Record<string, unknown>>} */
  const messages = {};
  const english = /** @type {Record<string, { message: string }>} */ (readJson('_locales/en/messages.json'));
  for (const [locale, fn] of Object.entries(transforms)) {
    /** @type {Record<string, unknown>} */
    const kinds = {};
    for (const file of readdirSync(join('content', 'en'))) {
      if (!file.endsWith('.json')) continue;
      const data = readJson(join('content', 'en', file));
      // Feeling words stay short (no long word): they are chips, and their ids are keys.
      if (file === 'feelings.json') feelings[locale] = mapStrings(data, (s) => fn(s, '', 1));
      else kinds[file.replace(/\.json$/, '')] = mapStrings(data, (s, path) => fn(s, path, 1));
    }
    content[locale] = kinds;
    let index = 0;
    messages[locale] = Object.fromEntries(
      Object.entries(english).map(([key, entry]) => [key, { ...entry, message: fn(entry.message, '.message', index++) }]),
    );
  }
  return { content, feelings, messages };
}

/** Writes the pseudo-locales' messages into a built extension. @param {Record<string, Record<string, unknown>>} messages @param {string} outdir */
export function writePseudoMessages(messages, outdir) {
  for (const [locale, data] of Object.entries(messages)) {
    const dir = join(outdir, '_locales', locale);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), JSON.stringify(data, null, 2));
  }
}
