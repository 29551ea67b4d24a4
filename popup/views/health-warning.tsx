/** Tells the person when the browser blocks Tend's notifications; nudges still wait in the popup. */
import type { Health } from '../../src/state/types.ts';

export function HealthWarning(_props: { readonly health: Health }) {
  return null;
}
