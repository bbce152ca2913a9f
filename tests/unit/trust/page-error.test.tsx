// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PageErrorBoundary from '@/components/app/PageErrorBoundary';
import { useSettingsStore } from '@/components/app/settings-store';
import PopupApp from '@/components/popup/PopupApp';
import { dbHealthItem } from '@/lib/db/open';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** A page whose components fail to render says so and what to do; the popup keeps its trust banner. */
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await dbHealthItem.removeValue();
});

// The popup's database read fails as it does when IndexedDB cannot be opened.
vi.mock('@/components/popup/data', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/components/popup/data')>()),
  loadPopupData: () => Promise.reject(new Error('DatabaseClosedError: Database has been closed')),
}));

function Broken(): never {
  throw new Error('DatabaseClosedError: Database has been closed');
}

describe('PageErrorBoundary', () => {
  it('replaces a failed page with the reason, what to do and a reload button', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <PageErrorBoundary>
        <Broken />
      </PageErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('这个页面出错了，没能显示：DatabaseClosedError: Database has been closed');
    expect(alert.textContent).toContain('您的数据没有受影响');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
  });

  it('a database that cannot be opened gets its own words (the data is still there, download the backup above), below what mountPage puts aside', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Closed(): never {
      throw new Dexie.DatabaseClosedError(new Dexie.UpgradeError('Not yet support for changing primary key'));
    }
    render(
      <PageErrorBoundary aside={<p>banner</p>}>
        <Closed />
      </PageErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^本机数据库打不开，这里暂时没法显示（DatabaseClosedError: .*primary key）。您的数据仍保存在本机，没有被删除。请先点上方的“下载现有数据备份”/);
    expect(alert.previousElementSibling?.textContent).toBe('banner');
  });

  it('the popup: when the database cannot be read, the checklist says so and the failed-open banner with its rescue backup stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await dbHealthItem.setValue({ at: Date.now(), errorName: 'UpgradeError', message: 'UpgradeError: upgrade bug', expectedVersion: 1 });
    useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: true });
    render(<PopupApp />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 200));
    });
    const alerts = await screen.findAllByRole('alert');
    const texts = alerts.map((a) => a.textContent ?? '');
    expect(texts.some((t) => t.includes('数据库升级失败') && t.includes('下载现有数据备份'))).toBe(true);
    expect(texts.some((t) => t.includes('这个页面出错了'))).toBe(true);
  });
});
