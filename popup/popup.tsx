/**
 * Popup entry. The state is read before the first render, so the first paint already
 * shows the nudge: no flash of an empty popup. `?view=log` (library, settings, about)
 * opens another view; its chunk is fetched alongside the state, before the first render.
 */
import { render } from 'preact';
import { App } from './app.tsx';
import { createStore } from './store.ts';
import { isView, loadHealthWarning, loadView } from './views/lazy.tsx';
import './popup.css';

// `npm run bench` reads these marks: the design budgets one frame from here to the nudge painted.
performance.mark('tend:script-start');

async function main(root: HTMLElement): Promise<void> {
  const asked = new URLSearchParams(location.search).get('view');
  const view = isView(asked) ? asked : 'now';
  const [store] = await Promise.all([createStore(), view === 'now' ? null : loadView(view)]);
  if (store.get().state.health.notifications === 'denied') await loadHealthWarning();
  render(<App store={store} view={view} />, root);
  performance.mark('tend:rendered');
  requestAnimationFrame(() => performance.mark('tend:painted'));
}

const root = document.getElementById('app');
if (root) void main(root);
