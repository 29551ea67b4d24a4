/**
 * The worker's second script: everything a person's command needs (the command table,
 * its payload schemas, import and erase, the journal) and an alarm wake does not. The
 * worker loads it the first time a command arrives (load-commands.ts), so what it loads to
 * deliver a nudge stays small (the design's 20 KB budget, tests/build/budgets.test.ts).
 * Evaluating it has one effect: it hands its entry points to the worker's global scope.
 */
import { dispatcher } from '../platform/messaging.ts';
import { parseCommand } from '../src/protocol-schema.ts';
import { handlers } from './commands.ts';
import { checkedSlices } from './state-check.ts';
import { COMMANDS_GLOBAL, type CommandsScript } from './load-commands.ts';
import { onNotificationButtonClicked, onNotificationClosed } from './on-notification-answer.ts';
import { onStorageChanged, runSync } from './sync.ts';

const script: CommandsScript = {
  dispatch: dispatcher(handlers, parseCommand),
  onNotificationButtonClicked,
  onNotificationClosed,
  checkedSlices,
  onSyncChange: onStorageChanged,
  runSync,
};

Object.defineProperty(globalThis, COMMANDS_GLOBAL, { value: script, configurable: true });
