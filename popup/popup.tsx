/**
 * Popup entry. The state is read before the first render, so the first paint already
 * shows the nudge: no flash of an empty popup. `?view=log` (library, settings, about)
 * opens another view; its chunk is fetched alongside the state, before the first render.
 * `?strategy=calm-slow-breathing` (set by the worker while that nudge waits) reads its
 * details alongside the state too: from the popup's own copy of the library once it keeps
 * one (platform/strategy-copies.ts), else from its file.
 */
import { render } from 'preact';
import { App } from './app.tsx';
import { keepLibraryCopies } from '../platform/content.ts';
import { createStore } from '../ui/store.ts';
import { applyPageLanguage } from '../ui/page-language.ts';
import { isView, loadHealthWarning, loadView } from './views/lazy.tsx';
import './popup.css';

// `npm run bench` reads these marks: the design budgets one frame from here to the nudge painted.
performance.mark('tend:script-start');

async function main(root: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search);
  const asked = query.get('view');
  const view = isView(asked) ? asked : 'now';
  const hint = query.get('strategy') ?? undefined;
  // Now paints the nudge before the history is read; the other views need it at once.
  const [store] = await Promise.all([
    createStore({ hint, historyLater: view === 'now' }),
    view === 'now' ? null : loadView(view),
  ]);
  if (store.get().state.health.notifications === 'denied') await loadHealthWarning();
  render(<App store={store} view={view} />, root);
  performance.mark('tend:rendered');
  requestAnimationFrame(() => {
    performance.mark('tend:painted');
    // A task queued in the frame runs after it is painted: then read the history, and keep
    // the library's words so the next popup paints without fetching a file (platform/strategy-copies.ts).
    setTimeout(() => {
      store.loadHistory();
      void keepLibraryCopies();
    }, 0);
  });
}

applyPageLanguage();
const root = document.getElementById('app');
if (root) void main(root);
