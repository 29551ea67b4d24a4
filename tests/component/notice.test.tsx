// @vitest-environment happy-dom
/**
 * Notices in the popup, from the real worker's repair: one whose copy was kept offers it
 * as a JSON file (read straight from storage, downloaded through a link: no permission);
 * one whose copy could not be kept offers nothing.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../support/fake-worker.ts';
import { disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

const SAVE = 'Save the copy as a file';

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.restoreAllMocks();
});

/** Unreadable data written behind Tend's back, then a wake that repairs it. */
async function corrupt(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
  await fakeBrowser.runtime.onStartup.trigger();
  await flush();
}

/** What the popup hands the browser to download: the file's name and its text. */
function catchDownloads(): { name: string; text: Promise<string> }[] {
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:tend/${String(blobs.size)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const files: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    files.push({ name: this.download, text: blob ? blob.text() : Promise.resolve('') });
  });
  return files;
}

describe('a notice about unreadable data', () => {
  it('offers the kept copy as a JSON file', async () => {
    const bad = [{ id: 'custom-mine', title: '' }];
    await corrupt({ custom: bad });
    const [notice] = (await storedState()).notices;
    expect(notice?.backupKey).toMatch(/^backup:custom:/);
    const files = catchDownloads();
    await renderPopup();
    expect(screen.getByRole('status').textContent).toMatch(/own strategies could not be read/);
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    await waitFor(() => { expect(files).toHaveLength(1); });
    expect(files[0]?.name).toMatch(/^tend-backup-custom-\d{4}-\d\d-\d\dT[\d.-]+Z\.json$/);
    expect(JSON.parse((await files[0]?.text) ?? '')).toEqual(bad);
  });

  it('says so when the copy is no longer in storage', async () => {
    await corrupt({ custom: 'broken' });
    const key = (await storedState()).notices[0]?.backupKey ?? '';
    await fakeBrowser.storage.local.remove(key);
    const files = catchDownloads();
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    await waitFor(() => { expect(screen.getByText(/That copy is no longer in storage/)).toBeTruthy(); });
    expect(files).toEqual([]);
  });

  it('offers nothing when no copy could be kept', async () => {
    await corrupt({ custom: 'c'.repeat(1.5 * 1024 * 1024) });
    await renderPopup();
    expect(screen.getByRole('status').textContent).toMatch(/too large to keep a copy/);
    expect(screen.queryByRole('button', { name: SAVE })).toBeNull();
    expect(screen.getByRole('button', { name: 'OK' })).toBeTruthy();
  });
});
