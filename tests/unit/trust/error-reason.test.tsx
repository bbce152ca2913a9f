// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettingsStore } from '@/components/app/settings-store';
import NoteForm from '@/components/popup/NoteForm';
import { explainFailure, failureCode } from '@/components/trust/error-reason';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { db } from '@/lib/db';
import { withStorageGuard } from '@/lib/db/maintenance';
import { translator } from '@/lib/i18n';
import { BackgroundError, sendToBackground } from '@/lib/messaging/client';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/**
 * Reasons the background gives reach the seller in their language: the background's failure
 * (a string, English for the logs) starts with a code, and the pages turn each known code into
 * their own sentence. Driven through the real router and storage guard, as the pages see them.
 */
const EXT = fakeBrowser.runtime.id;
const zh = translator('zh-CN');
const en = translator('en');
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const wrap = (reason: string) => `WRAPPED(${reason})`;

/** What a page's sendToBackground throws for this request. */
async function failure(type: string, payload: unknown): Promise<BackgroundError> {
  return sendToBackground(type as never, payload as never).then(
    () => {
      throw new Error('expected a failure');
    },
    (e: BackgroundError) => e,
  );
}

beforeEach(async () => {
  const route = createRouter(withStorageGuard(createHandlers(db), db, { retentionDays: async () => 30 }), {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isConsoleUrl: () => false,
  });
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    void route(raw, { id: EXT, url: `chrome-extension://${EXT}/popup.html` }).then(sendResponse);
    return true;
  });
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: true });
});
afterEach(() => cleanup());

describe('explainFailure', () => {
  it('a write lost to a full disk: its own sentence in Chinese or English, the English detail kept for logs', async () => {
    vi.spyOn(db.notes, 'add').mockImplementation(() => Dexie.Promise.reject(quotaError()) as never);
    const error = await failure('note.save', { text: '方案', at: Date.now() });
    expect(error.message).toMatch(/^note\.save failed: storageFull: storage is full: this write was not saved \(0 old raw records were pruned/);
    expect(failureCode(error)).toBe('storageFull');
    expect(explainFailure(zh, error, wrap)).toBe(
      '存储空间已满，这次没有保存（旧的原始读取记录已清理，每日数据都还在）。请释放磁盘空间，或到 设置 → 数据与隐私 下载备份后删除旧数据，再试一次。',
    );
    expect(explainFailure(en, error, wrap)).toMatch(/^Storage is full, so this was not saved/);
  });

  it('a tick the background refuses: a duty no longer on the checklist, a day not started yet', async () => {
    const gone = await failure('checklist.setDone', { date: '2026-01-01', dutyId: 'custom-gone', done: true });
    expect(explainFailure(zh, gone, wrap)).toBe('这项事项已经不在清单上了（可能刚在设置里删除），没有保存。请关闭清单再打开。');
    const future = await failure('checklist.setDone', { date: '2999-01-01', dutyId: 'rules', done: true });
    expect(explainFailure(zh, future, wrap)).toBe('那一天还没开始，不能提前打勾。');
    expect(explainFailure(en, future, wrap)).toBe('That day has not started yet: it cannot be ticked in advance.');
  });

  it('no worker answered: its own sentence', () => {
    expect(explainFailure(zh, new BackgroundError('ShopMate background did not answer'), wrap)).toBe(
      '掌柜助手的后台没有响应，这次没有保存。请关闭这个窗口再打开，然后重试。',
    );
  });

  it('anything unexpected keeps its detail inside the caller’s words, without the router’s prefix; a word before a colon is not a code', async () => {
    vi.spyOn(db.notes, 'add').mockImplementation(() => Dexie.Promise.reject(new Error('Failed: disk on fire')) as never);
    const error = await failure('note.save', { text: '方案', at: Date.now() });
    expect(error.message).toBe('note.save failed: Failed: disk on fire');
    expect(failureCode(error)).toBeUndefined();
    expect(explainFailure(zh, error, wrap)).toBe('WRAPPED(Failed: disk on fire)');
    expect(explainFailure(zh, 'toString: not an error', wrap)).toBe('WRAPPED(toString: not an error)');
  });
});

describe('the popup’s 提出方案 form', () => {
  it('a plan lost to a full disk: says so in Chinese with what to do, and the draft stays in the box', async () => {
    vi.spyOn(db.notes, 'add').mockImplementation(() => Dexie.Promise.reject(quotaError()) as never);
    const onDone = vi.fn();
    render(<NoteForm onDone={onDone} />);
    const box = screen.getByRole('textbox') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '本月把 DSR 提到 4.9' } });
    fireEvent.click(screen.getByRole('button', { name: '保存方案' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '存储空间已满，这次没有保存（旧的原始读取记录已清理，每日数据都还在）。请释放磁盘空间，或到 设置 → 数据与隐私 下载备份后删除旧数据，再试一次。',
    );
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    expect(box.value).toBe('本月把 DSR 提到 4.9');
    expect(onDone).not.toHaveBeenCalled();
  });
});
