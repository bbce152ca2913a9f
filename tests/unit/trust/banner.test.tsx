// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import TrustBanner from '@/components/trust/TrustBanner';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { db } from '@/lib/db';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import { dbHealthItem } from '@/lib/db/open';
import { realisticV1Rows } from '../db/realistic-rows';

/** The banner every extension page shows: a full disk (with the retention action) and a failed database open. */
const EXT = fakeBrowser.runtime.id;
beforeEach(async () => {
  const route = createRouter(createHandlers(db), { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, isConsoleUrl: () => false });
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    void route(raw, { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` }).then(sendResponse);
    return true;
  });
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    for (const [name, rows] of Object.entries(realisticV1Rows(10))) await db.table(name).bulkAdd(rows);
  });
});
afterEach(() => cleanup());

describe('TrustBanner', () => {
  it('shows nothing when all is well', async () => {
    const { container } = render(<TrustBanner />);
    await act(async () => {});
    expect(container.textContent).toBe('');
  });

  it('a write lost to a full disk: says so, and 清理原始记录 prunes the raw log (daily rows kept) and clears the warning', async () => {
    await maintenanceItem.setValue({ quota: { at: Date.now(), recovered: false, freed: 0, message: 'QuotaExceededError' } });
    const daily = await db.shopDaily.count();
    render(<TrustBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/存储空间已满，最近读取的数据没能保存/);
    fireEvent.click(screen.getByRole('button', { name: '清理原始记录' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.shopDaily.count()).toBe(daily);
  });

  it('a recovered quota event is a status the seller can dismiss', async () => {
    await maintenanceItem.setValue({ quota: { at: Date.now(), recovered: true, freed: 42, message: 'QuotaExceededError' } });
    render(<TrustBanner />);
    expect((await screen.findByRole('status')).textContent).toMatch(/已自动清理 42 条旧的原始读取记录/);
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect((await maintenanceItem.getValue()).quota).toBeUndefined();
  });

  it('a failed database open: says the data is still there and offers the rescue backup', async () => {
    await dbHealthItem.setValue({ at: Date.now(), errorName: 'UpgradeError', message: 'UpgradeError: boom', expectedVersion: 1 });
    render(<TrustBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/数据库升级失败（UpgradeError: boom）。您的数据仍完整保存在本机/);
    expect(screen.getByRole('button', { name: '下载现有数据备份' })).toBeDefined();
  });
});
