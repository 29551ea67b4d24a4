/** Sends a command and exposes its failure as plain words for a live region. */
import { useState } from 'preact/hooks';
import { send } from '../src/browser/messaging.ts';
import type { CommandName, Payload, ReplyValue } from '../src/protocol.ts';

export interface CommandRunner {
  readonly busy: boolean;
  readonly error: string | null;
  run<N extends CommandName>(command: N, payload: Payload<N>): Promise<ReplyValue<N> | undefined>;
}

export function useCommand(): CommandRunner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    async run(command, payload) {
      setBusy(true);
      setError(null);
      try {
        return await send(command, payload);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}
