/**
 * Typed messaging over runtime.sendMessage. Pages call `send`; the worker registers one
 * dispatcher with `listenForCommands`. Replies are always `Reply` objects, so a failure in
 * the worker reaches the page as a rethrown `CommandError`: a code and a field path, which
 * the page words (popup/error-words.ts); the worker's own message only reaches the console.
 */
import { browser } from './browser.ts';
import {
  CommandError,
  serializeError,
  type CommandMessage,
  type CommandName,
  type Payload,
  type Reply,
  type ReplyValue,
} from '../src/protocol.ts';

export async function send<N extends CommandName>(command: N, payload: Payload<N>): Promise<ReplyValue<N>> {
  const message: CommandMessage<N> = { command, payload };
  const reply = await browser.runtime.sendMessage<CommandMessage<N>, Reply<N> | undefined>(message);
  if (!reply) {
    throw new CommandError({ code: 'no-reply', message: 'The background did not answer' });
  }
  if (!reply.ok) throw new CommandError(reply.error);
  return reply.value;
}

export type Handlers = { [N in CommandName]: (payload: Payload<N>) => Promise<ReplyValue<N>> };

/**
 * The one dispatcher the worker's message listener hands every message to
 * (background/load-commands.ts). `parse` validates an incoming message at the edge and
 * returns it typed, or throws a `CommandError` (`bad-command`, or `bad-payload` at a path).
 */
export function dispatcher(handlers: Handlers, parse: (message: unknown) => CommandMessage): (message: unknown) => Promise<Reply> {
  return async (message) => {
    try {
      const { command, payload } = parse(message);
      const handler = handlers[command] as (payload: unknown) => Promise<unknown>;
      const value = await handler(payload);
      return { ok: true, value } as Reply;
    } catch (error) {
      return { ok: false, error: serializeError(error) };
    }
  };
}
