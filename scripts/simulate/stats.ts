/** Small descriptive statistics for the simulation summary. */
export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly max: number;
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function distribution(values: readonly number[], digits = 1): Distribution {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.length === 0 ? NaN : s.reduce((a, b) => a + b, 0) / s.length;
  const at = (p: number): number => round(percentile(s, p), digits);
  return {
    count: s.length,
    mean: round(mean, digits),
    min: round(s[0] ?? NaN, digits),
    p5: at(5),
    p25: at(25),
    p50: at(50),
    p75: at(75),
    p95: at(95),
    max: round(s[s.length - 1] ?? NaN, digits),
  };
}

/** Minutes of the day → "HH:MM". */
export function clock(minutes: number): string {
  if (!Number.isFinite(minutes)) return '-';
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
