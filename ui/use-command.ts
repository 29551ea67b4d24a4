/**
 * Sends a command and exposes its failure as plain words for a live region (the worker
 * sends a code; popup/error-words.ts words it). One command at
 * a time: a second click while one is on its way is ignored (buttons stay focusable, marked
 * aria-disabled, so keyboard focus is never dropped by disabling the focused button).
 */
import { useRef, useState } from 'preact/hooks';
import { send } from '../platform/messaging.ts';
import type { CommandName, Payload, ReplyValue } from '../src/protocol.ts';

export interface CommandRunner {
  readonly busy: boolean;
  readonly error: string | null;
  /** The reply, or undefined when the command failed (see `error`) or another was on its way. */
  readonly run: <N extends CommandName>(command: N, payload: Payload<N>) => Promise<ReplyValue<N> | undefined>;
}

export function useCommand(): CommandRunner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  return {
    busy,
    error,
    async run(command, payload) {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      try {
        return await send(command, payload);
      } catch (e) {
        // Worded by a chunk of its own: failures are rare, and the words of every code need
        // not weigh on the popup's first paint.
        const { errorWords } = await import('../popup/error-words.ts');
        setError(errorWords(e));
        return undefined;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
  };
}
