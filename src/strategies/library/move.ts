import type { Strategy } from '../types.ts';

export const MOVE: readonly Strategy[] = [];
