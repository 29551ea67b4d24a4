/** Faults turned into a time-ordered list of things that start and stop. */
import { faultDuration, type Fault } from './faults.ts';

export type Happening =
  | { readonly at: number; readonly type: 'sleep-start' | 'sleep-end' | 'down-start' | 'down-end' | 'kill' }
  | { readonly at: number; readonly type: 'idle-start' | 'idle-end' | 'fullscreen-start' | 'fullscreen-end' }
  | { readonly at: number; readonly type: 'audio-start' | 'audio-end' }
  | { readonly at: number; readonly type: 'resume' }
  | { readonly at: number; readonly type: 'timezone'; readonly timeZone: string }
  | { readonly at: number; readonly type: 'pause'; readonly minutes: number | 'rest-of-today' | 'until-resumed' };

export function timeline(faults: readonly Fault[]): Happening[] {
  const list: Happening[] = [];
  for (const f of faults) {
    const end = f.at + faultDuration(f);
    switch (f.type) {
      case 'sleep':
        list.push({ at: f.at, type: 'sleep-start' }, { at: end, type: 'sleep-end' });
        break;
      case 'restart':
        list.push({ at: f.at, type: 'down-start' }, { at: end, type: 'down-end' });
        break;
      case 'idle':
      case 'fullscreen':
      case 'audio':
        list.push({ at: f.at, type: `${f.type}-start` }, { at: end, type: `${f.type}-end` });
        break;
      case 'kill':
      case 'resume':
        list.push({ at: f.at, type: f.type });
        break;
      case 'timezone':
        list.push({ at: f.at, type: 'timezone', timeZone: f.timeZone });
        break;
      case 'pause':
        list.push({ at: f.at, type: 'pause', minutes: f.minutes });
        break;
    }
  }
  // Stable: at equal times, faults keep the order they were given in.
  return list.sort((a, b) => a.at - b.at);
}
