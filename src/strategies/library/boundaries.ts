import type { Strategy } from '../types.ts';

export const BOUNDARIES: readonly Strategy[] = [];
