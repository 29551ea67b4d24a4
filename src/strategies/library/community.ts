import type { Strategy } from '../types.ts';

export const COMMUNITY: readonly Strategy[] = [];
