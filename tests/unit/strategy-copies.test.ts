/**
 * The popup's own copy of the library's words (platform/strategy-copies.ts): once kept, a
 * strategy is read from it with no file fetched and exactly as its file says; a copy of
 * other content or another language, an entry edited or cut short, storage that is full
 * or absent: each reads the file as before, and nothing throws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepLibraryCopies, loadKind, loadStrategy } from '../../platform/content.ts';
import { copiedStrategy, hasEveryCopy, keepCopies } from '../../platform/strategy-copies.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { KINDS } from '../../src/strategies/types.ts';

/** Page storage as a browser gives it, in memory; it refuses a write as over quota once it holds `room` items. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  room = Infinity;
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (!this.items.has(key) && this.items.size >= this.room) throw new DOMException('over quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

let storage: MemoryStorage;
let fetched: string[];
/** The extension's files, as tests/support/content-fetch.ts serves them. */
const contentFetch = globalThis.fetch;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  fetched = [];
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    fetched.push(new URL(input instanceof Request ? input.url : input.toString()).pathname);
    return contentFetch(input, init);
  });
});
afterEach(() => {
  vi.stubGlobal('fetch', contentFetch);
  Reflect.deleteProperty(globalThis, 'localStorage');
});

const ID = STRATEGIES[0]!.id;
const strategyFiles = () => fetched.filter((p) => p.includes('/strategy/'));

describe("the popup's copy of the library's words", () => {
  it('reads a strategy from its file until the library is kept, then from the copy alone', async () => {
    const fromFile = await loadStrategy(ID);
    expect(strategyFiles()).toHaveLength(1);

    await keepLibraryCopies();
    expect(fetched.filter((p) => KINDS.some((k) => p.endsWith(`/en/${k}.json`)))).toHaveLength(KINDS.length);
    expect(hasEveryCopy('en')).toBe(true);

    fetched = [];
    expect(await loadStrategy(ID)).toEqual(fromFile);
    for (const s of STRATEGIES) expect(copiedStrategy('en', s.id)?.title).toBeTypeOf('string');
    expect(fetched).toEqual([]);
  });

  it('keeps the whole library once: a second popup fetches nothing to keep it', async () => {
    await keepLibraryCopies();
    fetched = [];
    await keepLibraryCopies();
    expect(fetched).toEqual([]);
  });

  it("keeps every kind's strategies exactly as their files say", async () => {
    await keepLibraryCopies();
    for (const kind of KINDS) {
      for (const s of await loadKind(kind)) expect(copiedStrategy('en', s.id)).toEqual(s);
    }
  });

  it('has no copy in another language, and keeping one removes the copies of others', async () => {
    const [first] = await loadKind(KINDS[0]);
    keepCopies('de', [first!]);
    expect(copiedStrategy('en', first!.id)).toBeUndefined();
    await keepLibraryCopies();
    expect(copiedStrategy('de', first!.id)).toBeUndefined();
    expect([...storage.items.keys()].every((k) => k.startsWith('tend:words:test:en:'))).toBe(true);
  });

  it('removes copies of other content (another build) when it keeps its own', async () => {
    storage.setItem('tend:words:older-build:en:x', '{}');
    storage.setItem('tend:words:older-build:en:*', '64');
    storage.setItem('tend:now-details-open', '1');
    await keepLibraryCopies();
    expect(storage.getItem('tend:words:older-build:en:x')).toBeNull();
    expect(storage.getItem('tend:words:older-build:en:*')).toBeNull();
    // What is not a copy of the words stays.
    expect(storage.getItem('tend:now-details-open')).toBe('1');
  });

  it('reads the file when the copy was edited or cut short', async () => {
    await keepLibraryCopies();
    const key = `tend:words:test:en:${ID}`;
    const kept = storage.getItem(key)!;
    const edited = JSON.parse(kept) as { strategy: { title: string } };
    edited.strategy.title = 'Something else';
    storage.setItem(key, JSON.stringify(edited));
    fetched = [];
    const read = await loadStrategy(ID);
    expect(read.title).not.toBe('Something else');
    expect(strategyFiles()).toHaveLength(1);

    storage.setItem(key, kept.slice(0, kept.length / 2));
    fetched = [];
    expect(await loadStrategy(ID)).toEqual(read);
    expect(strategyFiles()).toHaveLength(1);

    // Another strategy's entry under this id is not this strategy.
    storage.setItem(key, storage.getItem(`tend:words:test:en:${STRATEGIES[1]!.id}`)!);
    expect(copiedStrategy('en', ID)).toBeUndefined();
  });

  it('keeps what fits when storage is full, still reads every strategy, and keeps the rest once there is room', async () => {
    storage.room = 0;
    await expect(keepLibraryCopies()).resolves.toBeUndefined();
    expect(storage.length).toBe(0);
    expect((await loadStrategy(ID)).id).toBe(ID);

    storage.room = 10;
    await keepLibraryCopies();
    expect(storage.length).toBe(10);
    expect(hasEveryCopy('en')).toBe(false);
    const kept = STRATEGIES.filter((s) => copiedStrategy('en', s.id) !== undefined);
    expect(kept).toHaveLength(10);
    const missing = STRATEGIES.find((s) => copiedStrategy('en', s.id) === undefined)!;
    fetched = [];
    expect((await loadStrategy(missing.id)).id).toBe(missing.id);
    expect(strategyFiles()).toHaveLength(1);

    storage.room = Infinity;
    await keepLibraryCopies();
    expect(hasEveryCopy('en')).toBe(true);
    for (const s of STRATEGIES) expect(copiedStrategy('en', s.id)?.id).toBe(s.id);
  });

  it('keeps nothing when a file fails to load, and tries again next time', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    await expect(keepLibraryCopies()).resolves.toBeUndefined();
    expect(storage.length).toBe(0);
    vi.stubGlobal('fetch', contentFetch);
    await keepLibraryCopies();
    expect(hasEveryCopy('en')).toBe(true);
  });

  it('reads files where there is no page storage (the worker) or it is turned off', async () => {
    vi.stubGlobal('localStorage', undefined);
    await keepLibraryCopies();
    expect((await loadStrategy(ID)).id).toBe(ID);
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      await keepLibraryCopies();
      expect(copiedStrategy('en', ID)).toBeUndefined();
      expect(hasEveryCopy('en')).toBe(false);
      expect((await loadStrategy(ID)).id).toBe(ID);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
