/**
 * The notes that travel with a nudge naming someone: *how to reach them* and *for next
 * time*. The Now card always shows them; a notification carries each only while its message
 * stays within MESSAGE_MAX (src/strategies/render.ts), so a system tray never cuts a line in
 * the middle: what does not fit waits on the Now card. Pure.
 */

/** `message` with each of `notes` (already worded) on its own line, in order, while all of it fits `max` characters. */
export function withNotes(message: string, notes: readonly string[], max: number): string {
  let out = message;
  for (const note of notes) {
    const next = `${out}\n${note}`;
    if (Array.from(next).length <= max) out = next;
  }
  return out;
}
