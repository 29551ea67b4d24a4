import { describe, it } from 'vitest';
import { checkYears, PROPERTY_TIMEOUT_MS } from '../../support/sim-year-property.ts';

describe('a simulated year in Australia/Sydney', () => {
  it(
    'never nudges outside active hours, above the cap, below the minimum gap, twice, while held or paused, or from a disabled kind; at most one catch-up per wake; the log stays bounded',
    () => {
      checkYears('Australia/Sydney');
    },
    PROPERTY_TIMEOUT_MS,
  );
});
