/**
 * The one door to the browser. Every other module gets `browser` from here, so dropping
 * the polyfill (Chrome ≥ 148 ships `browser` natively) is a one-line change.
 * In tests, vitest aliases `webextension-polyfill` to an in-memory fake.
 */
import browser from 'webextension-polyfill';

export type { Alarms, Browser, Idle, Notifications, Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
