/**
 * Library strategies whose steps point to the People list ("Tend's People list is a good
 * home for them"): where they are shown, a button opens the People view. Ids, not words, so
 * it holds in every language; a unit test keeps it in step with the English content.
 */
export const LEADS_TO_PEOPLE: ReadonlySet<string> = new Set(['reflect-who-is-in-your-corner']);
