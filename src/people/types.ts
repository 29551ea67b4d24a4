/** Someone in the person's support network, with the rhythm they want to keep. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** "Check in every N days". */
  readonly everyDays: number;
  /** Last recorded contact (ms since 1970), or null if never. */
  readonly lastContactAt: number | null;
}
