import { foldedLine, type LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';
import type { Random } from '../random.ts';

/**
 * Which of a strategy's lines to show: any but the one shown last time, so repeats read
 * fresh. `folded`: the lines of events that left `log` (log/summary.ts), read at `now`.
 * `among`: the lines to choose from when some are wanted (those that name a person while
 * someone would welcome a hello); the one shown last is still avoided where another is left.
 */
export function pickLine(
  strategyId: string,
  lines: number,
  log: readonly LogEvent[],
  random: Random,
  folded?: { readonly summary: LogSummary; readonly now: number },
  among?: readonly number[],
): number {
  if (lines <= 1) return 0;
  let last = (folded && foldedLine(folded.summary, strategyId, folded.now)) ?? -1;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e?.type === 'shown' && e.strategyId === strategyId && e.line !== undefined) {
      last = e.line;
      break;
    }
  }
  const wanted = (among ?? []).filter((l) => l >= 0 && l < lines);
  if (wanted.length > 0) {
    const fresh = wanted.filter((l) => l !== last);
    const from = fresh.length > 0 ? fresh : wanted;
    return from[Math.floor(random() * from.length)] ?? 0;
  }
  if (last < 0 || last >= lines) return Math.floor(random() * lines);
  const other = Math.floor(random() * (lines - 1));
  return other >= last ? other + 1 : other;
}
