import type { Person } from '../people/types.ts';

const DAY_MS = 86_400_000;

/**
 * The person most overdue for a check-in, relative to their own rhythm: 10 days since
 * contact counts more for "every 7 days" than for "every 30". Never contacted comes first.
 */
export function mostOverdue(people: readonly Person[], now: number): Person | null {
  let best: Person | null = null;
  let bestScore = -Infinity;
  for (const p of people) {
    const score =
      p.lastContactAt === null ? Infinity : (now - p.lastContactAt) / (Math.max(1, p.everyDays) * DAY_MS);
    if (score > bestScore || (score === bestScore && best !== null && p.name < best.name)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
