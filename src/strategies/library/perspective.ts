import type { Strategy } from '../types.ts';

export const PERSPECTIVE: readonly Strategy[] = [];
