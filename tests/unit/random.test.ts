import { describe, expect, it } from 'vitest';
import { between, seeded } from '../../src/random.ts';

describe('seeded randomness', () => {
  it('the same seed replays the same sequence, so a simulated year is reproducible', () => {
    const a = seeded(7);
    const b = seeded(7);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    const c = seeded(8);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) and covers it evenly', () => {
    const r = seeded(1);
    const buckets = new Array<number>(10).fill(0);
    let low = 1;
    let high = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = r();
      low = Math.min(low, x);
      high = Math.max(high, x);
      buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    for (const b of buckets) expect(b).toBeGreaterThan(1800);
  });

  it('between(min, max) scales into the range', () => {
    const r = seeded(2);
    for (let i = 0; i < 1000; i++) {
      const x = between(r, 5, 7);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThan(7);
    }
  });
});
