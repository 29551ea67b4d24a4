/**
 * Popup entry. The state is read before the first render, so the first paint already
 * shows the nudge: no flash of an empty popup.
 */
import { render } from 'preact';
import { App } from './app.tsx';
import { createStore } from './store.ts';
import './popup.css';

async function main(root: HTMLElement): Promise<void> {
  const store = await createStore();
  render(<App store={store} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
