// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDatabaseOpenError } from '@/components/app/PageErrorBoundary';
import { useSettingsStore } from '@/components/app/settings-store';
import PopupApp from '@/components/popup/PopupApp';
import { askPersistenceOnce, openPageDatabase, resetPageStart } from '@/components/trust/page-start';
import { db } from '@/lib/db';
import { dbHealthItem } from '@/lib/db/open';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/**
 * What every extension page does when it opens (components/trust/page-start.ts): it opens the
 * database itself, so a failure reaches the banner even while the service worker is stopped,
 * and asks for persistent storage once.
 */

/** An older database whose campaigns table has another primary key: Dexie cannot upgrade it. */
async function unupgradableDatabase(): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(db.name, 5);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('campaigns', { keyPath: 'name' }).add({ name: '双11 大促' });
      open.result.createObjectStore('notes', { keyPath: 'id', autoIncrement: true }).add({ text: '不能丢的笔记', at: 1, date: '2026-11-20' });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

beforeEach(async () => {
  resetPageStart();
  db.close();
  await Dexie.delete(db.name);
  await dbHealthItem.removeValue();
  useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: true });
});
afterEach(() => cleanup());

describe('openPageDatabase', () => {
  it('a database this build cannot upgrade: the page records the failure for the banner and reports it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await unupgradableDatabase();
    const state = await openPageDatabase();
    expect(state.state).toBe('failed');
    expect(isDatabaseOpenError(state.state === 'failed' && state.error)).toBe(true);
    expect(await dbHealthItem.getValue()).toMatchObject({ errorName: 'UpgradeError', message: expect.stringContaining('primary key') as string });
    // The upgrade rolled back: the old rows are still there, at the old version.
    const raw = new Dexie(db.name);
    await raw.open();
    expect(raw.verno).toBe(0.5);
    expect(await raw.table('notes').toArray()).toEqual([{ id: 1, text: '不能丢的笔记', at: 1, date: '2026-11-20' }]);
    raw.close();
  });

  it('opens once per page; a failure the worker recorded is left for the worker to clear', async () => {
    const recorded = { at: 1, errorName: 'UpgradeError', message: 'UpgradeError: earlier', expectedVersion: 1 };
    await dbHealthItem.setValue(recorded);
    const first = openPageDatabase();
    expect(openPageDatabase()).toBe(first);
    expect(await first).toEqual({ state: 'open' });
    expect(await dbHealthItem.getValue()).toEqual(recorded);
  });
});

describe('the popup on a database that cannot be opened', () => {
  it('shows the failed-open banner with its rescue backup, and the checklist says why instead of loading forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await unupgradableDatabase();
    render(<PopupApp />);
    const why = await screen.findByText(/本机数据库打不开，这里暂时没法显示（UpgradeError: .*primary key）/, undefined, { timeout: 3000 });
    expect(why.closest('[role="alert"]')?.textContent).toContain('请先点上方的“下载现有数据备份”保存一份');
    const banner = (await screen.findAllByRole('alert')).find((a) => a.textContent?.includes('数据库升级失败'));
    expect(banner?.textContent).toContain('下载现有数据备份');
    expect(screen.queryByText('加载中…')).toBeNull();
  });
});

describe('askPersistenceOnce', () => {
  it('asks the browser once per page however many parts of the page call it, and never throws', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist } });
    try {
      await Promise.all([askPersistenceOnce(), askPersistenceOnce(), askPersistenceOnce()]);
      expect(persist).toHaveBeenCalledOnce();
      resetPageStart();
      vi.stubGlobal('navigator', { ...navigator, storage: { persisted: () => Promise.reject(new Error('no')), persist } });
      await expect(askPersistenceOnce()).resolves.toBe('unsupported');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
