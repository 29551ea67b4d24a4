/**
 * The words the UI shows beside the library (first run, details view, library view). Every
 * source article carries a similar notice (shared/sources/README.md). Plain strings, no
 * markup, so they can move to _locales unchanged. No service or provider is named on purpose:
 * Tend is used in many countries and promotes no one.
 */

/** What Tend is and is not. */
export const DISCLAIMER =
  'Tend offers general wellbeing ideas. It is not medical or mental-health advice, and it is not a substitute for care from a qualified professional.';

/** Where to turn in an emergency. Shown with the disclaimer, and near professional-help strategies. */
export const CRISIS_POINTER =
  'If you are in crisis or might harm yourself, please contact your local emergency services or a crisis line in your country straight away.';
