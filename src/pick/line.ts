import { foldedLine, type LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';
import type { Random } from '../random.ts';

/**
 * Which of a strategy's lines to show: any but the one shown last time, so repeats read
 * fresh. `folded`: the lines of events that left `log` (log/summary.ts), read at `now`.
 */
export function pickLine(
  strategyId: string,
  lines: number,
  log: readonly LogEvent[],
  random: Random,
  folded?: { readonly summary: LogSummary; readonly now: number },
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
  if (last < 0 || last >= lines) return Math.floor(random() * lines);
  const other = Math.floor(random() * (lines - 1));
  return other >= last ? other + 1 : other;
}
