/**
 * The picker's and the simulator's view of a person from before issue 11, kept so
 * src/pick/ and scripts/simulate/ compile until they are wired to the stored `Person`
 * (./person.ts) and `personToName` (./order.ts), which takes over from the picker's own choice. It is also
 * "version 0" of the stored slice: ./migrations.ts carries a bare array of these forward.
 * Remove it once nothing imports it.
 */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** "Check in every N days". */
  readonly everyDays: number;
  /** Last recorded contact (ms since 1970), or null if never. */
  readonly lastContactAt: number | null;
}
