import type { Strategy } from '../types.ts';

export const GRATITUDE: readonly Strategy[] = [];
