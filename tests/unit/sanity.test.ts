import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/strategies/types.ts';

describe('kinds', () => {
  it('lists at least nine kinds of strategy', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(9);
  });
});
