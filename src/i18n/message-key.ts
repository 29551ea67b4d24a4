/**
 * The UI strings' keys, read from English's messages at compile time, so `t('nope')` does
 * not compile. A type query only: the JSON is never imported at run time, so no bundle
 * carries it (the browser reads _locales itself; tests/build asserts the bundles' sizes).
 */
export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

/**
 * A worded count's base key: `noticeLogDropped` when English has `noticeLogDropped_one`
 * and `noticeLogDropped_other`. Other languages add the categories their plural rules have
 * (`_few`, `_many`, …); see ./plural.ts.
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];
