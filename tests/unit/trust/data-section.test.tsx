// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import DeleteAllPanel from '@/components/trust/DeleteAllPanel';
import RestorePanel from '@/components/trust/RestorePanel';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { BACKUP_FORMAT } from '@/lib/backup';
import { TABLE_NAMES } from '@/lib/backup/tables';
import { db } from '@/lib/db';
import { CATALOGS } from '@/lib/i18n';
import { realisticV1Rows } from '../db/realistic-rows';

/**
 * The Data section's panels with the real background router behind the fake browser's
 * runtime messaging (the page's `sendToBackground` → router → handlers → fake IndexedDB).
 */
const EXT = fakeBrowser.runtime.id;
beforeEach(async () => {
  const route = createRouter(createHandlers(db), {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isConsoleUrl: () => false,
  });
  // The fake answers only through sendResponse (the callback form of the real API).
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    void route(raw, { id: EXT, url: `chrome-extension://${EXT}/options.html` }).then(sendResponse);
    return true;
  });
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
});
afterEach(() => cleanup());

const fileOf = (content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], 'shopmate-backup.json', { type: 'application/json' });

async function choose(file: File) {
  const input = screen.getByLabelText('选择备份文件') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('every table has a label in both languages', () => {
  it('data.table.<name> exists for each backed-up table', () => {
    for (const name of TABLE_NAMES) {
      expect(CATALOGS['zh-CN'], name).toHaveProperty(`data.table.${name}`);
      expect(CATALOGS.en, name).toHaveProperty(`data.table.${name}`);
    }
  });
});

describe('RestorePanel', () => {
  it('previews what will be written and what is rejected (with the row and reason), then restores', async () => {
    const tables = JSON.parse(JSON.stringify(realisticV1Rows(4)));
    tables.shopDaily[2].metrics.conversionRate = 'NaN';
    render(<RestorePanel />);
    await choose(fileOf({ format: BACKUP_FORMAT, version: 1, exportedAt: Date.UTC(2026, 10, 22), schemaVersion: 1, tables }));

    const preview = await screen.findByTestId('restore-preview');
    const row = preview.querySelector('tr[data-table="shopDaily"]')!;
    await waitFor(() => expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['5', '4', '1', '0']));
    expect(screen.getByTestId('rejections').textContent).toMatch(/店铺每日数据 第 3 行：.*conversionRate/s);

    fireEvent.click(screen.getByRole('button', { name: '开始恢复' }));
    const done = await screen.findByTestId('restore-done', {}, { timeout: 5000 });
    expect(done.textContent).toMatch(/拒绝 1 行/);
    expect(await db.shopDaily.count()).toBe(4);
    expect(await db.notes.count()).toBe(2);
  });

  it('says clearly when the file is not a ShopMate backup, and writes nothing', async () => {
    render(<RestorePanel />);
    await choose(fileOf('{"hello": "world"}'));
    expect((await screen.findByRole('alert')).textContent).toBe('这不是掌柜助手的备份文件。');
    await choose(fileOf('not json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/这不是有效的 JSON 文件/));
    expect(screen.queryByRole('button', { name: '开始恢复' })).toBeNull();
    expect(await db.shopDaily.count()).toBe(0);
  });
});

describe('DeleteAllPanel', () => {
  it('deletes only after the word is typed, and then empties every table', async () => {
    await db.transaction('rw', db.tables, async () => {
      for (const [name, list] of Object.entries(realisticV1Rows(3))) await db.table(name).bulkAdd(list);
    });
    render(<DeleteAllPanel />);
    fireEvent.click(screen.getByRole('button', { name: '删除全部数据…' }));
    const confirm = screen.getByRole('button', { name: '永久删除' });
    expect(confirm).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('请输入“删除”确认'), { target: { value: '删' } });
    expect(confirm).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('请输入“删除”确认'), { target: { value: '删除' } });
    expect(confirm).toHaveProperty('disabled', false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已删除全部数据。'));
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
