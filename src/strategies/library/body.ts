import type { Strategy } from '../types.ts';

export const BODY: readonly Strategy[] = [];
