/**
 * Faults the simulation can inject (the --events file): what goes wrong for a real
 * extension over a year, on a virtual clock.
 */
export type Fault =
  /** Laptop closed: nothing runs; a missed alarm fires on waking. */
  | { readonly type: 'sleep'; readonly at: number; readonly minutes: number }
  /** Browser closed and reopened: alarms are lost; the worker gets `startup`. */
  | { readonly type: 'restart'; readonly at: number; readonly minutes: number }
  /** The worker dies right after claiming its next nudge, before it shows: that nudge is lost. */
  | { readonly type: 'kill'; readonly at: number }
  /** The machine's time zone changes (travel). No event: the worker sees it on its next wake. */
  | { readonly type: 'timezone'; readonly at: number; readonly timeZone: string }
  /** Idle or locked: the worker is woken when it starts and when it ends. */
  | { readonly type: 'idle'; readonly at: number; readonly minutes: number }
  /** A fullscreen window: no event, the scheduler looks again by itself. */
  | { readonly type: 'fullscreen'; readonly at: number; readonly minutes: number }
  /** A tab playing audio: no event either. */
  | { readonly type: 'audio'; readonly at: number; readonly minutes: number }
  /** Pause from the popup: for some minutes, for the rest of today, or until resumed. */
  | { readonly type: 'pause'; readonly at: number; readonly minutes: number | 'rest-of-today' | 'until-resumed' }
  | { readonly type: 'resume'; readonly at: number };

export type FaultType = Fault['type'];

export const FAULT_TYPES: readonly FaultType[] = [
  'sleep',
  'restart',
  'kill',
  'timezone',
  'idle',
  'fullscreen',
  'audio',
  'pause',
  'resume',
];

/** How long a fault lasts in ms (0 for instant ones and open-ended pauses). */
export function faultDuration(f: Fault): number {
  switch (f.type) {
    case 'sleep':
    case 'restart':
    case 'idle':
    case 'fullscreen':
    case 'audio':
      return f.minutes * 60_000;
    case 'pause':
      return typeof f.minutes === 'number' ? f.minutes * 60_000 : 0;
    case 'kill':
    case 'timezone':
    case 'resume':
      return 0;
  }
}
