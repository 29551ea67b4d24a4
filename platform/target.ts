/**
 * Which browser this build is for. The build defines `__TARGET__`; features that differ
 * between browsers are named here as capabilities, so the rest of the code asks "can it?",
 * never "which browser is this?".
 */
declare const __TARGET__: 'chrome' | 'firefox';

export const TARGET = __TARGET__;

/** Firefox throws on `buttons` and `requireInteraction` in notifications.create (docs/platform-notes.md). */
export const NOTIFICATION_BUTTONS = TARGET === 'chrome';
export const NOTIFICATION_STAY_ON_SCREEN = TARGET === 'chrome';
export const NOTIFICATION_SILENT = TARGET === 'chrome';
