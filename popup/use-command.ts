/**
 * Sends a command and exposes its failure as plain words for a live region. One command at
 * a time: a second click while one is on its way is ignored (buttons stay focusable, marked
 * aria-disabled, so keyboard focus is never dropped by disabling the focused button).
 */
import { useRef, useState } from 'preact/hooks';
import { send } from '../src/browser/messaging.ts';
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
        setError(e instanceof Error ? e.message : String(e));
        return undefined;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
  };
}
