import type { Strategy } from '../types.ts';

export const STEPS: readonly Strategy[] = [];
