import { describe, it } from 'vitest';
import { checkYears, PROPERTY_TIMEOUT_MS } from '../../support/sim-year-property.ts';

describe('a simulated year in Asia/Kolkata', () => {
  it(
    'whatever the person presses (Done, Skip, Later, Another one, Pause, closing it): never a nudge outside active hours, above the cap, below the minimum gap, twice, while held or paused, or from a disabled kind; no strategy at an hour it does not fit (no evening-only before 17:00, no morning-only after 12:00, local); one alarm whenever one is planned; at most one catch-up per wake; the log stays bounded',
    () => {
      checkYears('Asia/Kolkata');
    },
    PROPERTY_TIMEOUT_MS,
  );
});
