/** A world for the core's command transitions: a fixed clock, a seeded random source, no holds. */
import type { Sensed } from '../../src/commands/world.ts';
import { seeded } from '../../src/random.ts';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { NO_HOLDS } from './sim-wake.ts';

export function worldAt(now: number, over: Partial<Sensed> = {}): Sensed {
  return { now, timeZone: 'Europe/Berlin', random: seeded(3), library: CATALOG, holds: NO_HOLDS, permission: null, ...over };
}
