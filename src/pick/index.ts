export { pick, REPEAT_WINDOW_DAYS, type Pick, type PickInput } from './pick.ts';
export { AFFINITY_HALF_LIFE_DAYS, AFFINITY_MAX, AFFINITY_MIN, affinities } from './affinity.ts';
export { connectWeightBoost, personFor, recentlyNamed, takesPerson } from './person.ts';
export { pickLine } from './line.ts';
