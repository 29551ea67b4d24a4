import type { Strategy } from '../types.ts';

export const REFLECT: readonly Strategy[] = [];
