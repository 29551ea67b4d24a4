import type { Strategy } from '../types.ts';

export const PROFESSIONAL: readonly Strategy[] = [];
