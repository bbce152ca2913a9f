// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettingsStore } from '@/components/app/settings-store';
import ChecklistSection from '@/components/options/sections/ChecklistSection';
import PopupApp from '@/components/popup/PopupApp';
import ChecklistProgressSlot from '@/components/sidepanel/ChecklistProgressSlot';
import ChecklistHistoryTab from '@/components/sidepanel/tabs/ChecklistHistoryTab';
import { useSidePanelStore } from '@/components/sidepanel/ui-store';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { addDays, toBusinessDate } from '@/lib/dates';
import { db } from '@/lib/db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/**
 * The checklist's pages on the database they read (fake IndexedDB) with the real router
 * behind the fake browser's messaging: what the seller sees and can do with mouse or keyboard.
 */
const EXT = fakeBrowser.runtime.id;
const TODAY = toBusinessDate(Date.now());
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00`).getTime();
let unwatch: () => void = () => {};

beforeEach(async () => {
  const route = createRouter(createHandlers(db), { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, isConsoleUrl: () => false });
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    void route(raw, { id: EXT, url: `chrome-extension://${EXT}/popup.html` }).then(sendResponse);
    return true;
  });
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: true });
  // Saved settings reach the pages as they do in the extension (storage watch).
  unwatch = watchSettings((settings) => useSettingsStore.setState({ settings, loaded: true }));
  useSidePanelStore.setState({ tab: 'today' });
});
afterEach(() => {
  unwatch();
  cleanup();
  delete (fakeBrowser as unknown as { permissions?: unknown }).permissions;
});

const setSettings = (change: (s: Settings) => Settings) => useSettingsStore.setState({ settings: change(DEFAULT_SETTINGS), loaded: true });

describe('the popup', () => {
  it('shows a loading state until settings and data are there', async () => {
    useSettingsStore.setState({ loaded: false });
    render(<PopupApp />);
    expect(screen.getByText('加载中…')).toBeTruthy();
    act(() => useSettingsStore.setState({ loaded: true }));
    expect(await screen.findByRole('list', { name: '今日事项' })).toBeTruthy();
  });

  it('ticks from evidence with the reason, unticks and reticks through the background', async () => {
    await db.pageVisits.add({ date: TODAY, at: at(TODAY, '14:02'), platform: 'taobao', pageKind: 'complaints', url: 'https://healthcenter.taobao.com/home/health_home.htm' });
    render(<PopupApp />);
    const box = (await screen.findByRole('checkbox', { name: '店铺检查' })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText('自动：14:02 打开了违规中心')).toBeTruthy();
    // The hint is described only while the duty is open; the reason always.
    expect(box.getAttribute('aria-describedby')!.split(' ')).toHaveLength(1);
    expect(screen.getByRole('progressbar', { name: '今日清单进度' }).getAttribute('aria-valuetext')).toBe('已完成 1 项，共 11 项');

    fireEvent.click(box);
    await waitFor(async () => expect((await db.checklistDays.get(TODAY))?.overrides?.['shop-check']?.done).toBe(false));
    await waitFor(() => expect(screen.getByText(/^\d\d:\d\d 手动取消了自动勾选$/)).toBeTruthy());
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    await waitFor(() => expect(screen.getByText('自动：14:02 打开了违规中心')).toBeTruthy());
    expect((await db.checklistDays.get(TODAY))?.overrides).toEqual({});
  });

  it('links each duty to the seller’s current platform; the seller can switch', async () => {
    await db.pageVisits.add({ date: TODAY, at: Date.now(), platform: 'pinduoduo', pageKind: 'dashboard', url: 'https://mms.pinduoduo.com/home/' });
    render(<PopupApp />);
    const item = (await screen.findByRole('checkbox', { name: '店铺检查' })).closest('li')!;
    expect(within(item).getByRole('link').getAttribute('href')).toBe('https://mms.pinduoduo.com/pg/violation_list/mall_manage');
    expect(within(item).getByRole('link').getAttribute('aria-label')).toBe('在拼多多打开违规中心（新标签页）');
    const select = screen.getByRole('combobox', { name: '链接打开' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('自动（拼多多）');
    fireEvent.change(select, { target: { value: 'jd' } });
    await waitFor(async () => expect((await loadSettings()).checklist.platform).toBe('jd'));
    await waitFor(() => expect(within(item).getByRole('link').getAttribute('href')).toBe('https://shop.jd.com/jdm/violation/list'));
  });

  it('writes the plan right there: the note ticks 提出方案', async () => {
    render(<PopupApp />);
    const item = (await screen.findByRole('checkbox', { name: '提出方案' })).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: '写方案' }));
    const save = within(item).getByRole('button', { name: '保存方案' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(item).getByLabelText('这一时期的运营方案'), { target: { value: '提升 DSR 到 4.9' } });
    fireEvent.click(save);
    await waitFor(() => expect(within(item).getByText(/^自动：\d\d:\d\d 写下了运营方案$/)).toBeTruthy());
    expect((await db.notes.toArray())[0]).toMatchObject({ text: '提升 DSR 到 4.9', date: TODAY });
  });

  it('headline numbers: today vs yesterday with arrows, derived values marked; an empty state that says where to go', async () => {
    const { unmount } = render(<PopupApp />);
    expect(await screen.findByText(/还没有记录到今天或昨天的店铺数据/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '数据首页' }).getAttribute('href')).toBe('https://sycm.taobao.com/portal/home.htm');
    unmount();

    const now = Date.now();
    await db.shops.add({ key: 'taobao:1', platform: 'taobao', shopId: '1', name: '小鹿家居旗舰店', currency: 'CNY', firstSeenAt: now, lastSeenAt: now });
    await db.shopDaily.bulkAdd([
      { shopKey: 'taobao:1', date: TODAY, metrics: { salesAmount: 5500, uv: 2000, paidBuyers: 44 }, provenance: {}, updatedAt: at(TODAY, '09:12') },
      { shopKey: 'taobao:1', date: addDays(TODAY, -1), metrics: { salesAmount: 5000, uv: 2000, paidBuyers: 50 }, provenance: {}, updatedAt: now },
    ]);
    const { unmount: again } = render(<PopupApp />);
    // No read of yesterday near 09:12: yesterday's whole day is a neutral reference, not a drop.
    expect(await screen.findByText('今日实时 · 读取于 09:12 · 下方为昨日全天，仅供参考')).toBeTruthy();
    const metric = (name: string) => document.querySelector(`[data-metric="${name}"]`)!;
    expect(metric('salesAmount').querySelector('.pp-value')!.textContent).toBe('¥5,500.00');
    expect(metric('salesAmount').querySelector('.pp-change')!.getAttribute('aria-label')).toBe('昨日全天 ¥5,000.00');
    expect(metric('salesAmount').querySelector('.pp-change')!.className).toBe('pp-change none');
    again();

    // A read of yesterday at 09:10: today's real-time numbers against yesterday at the same time, with arrows.
    await db.snapshots.add({
      capturedAt: at(addDays(TODAY, -1), '09:10'),
      shopKey: 'taobao:1',
      platform: 'taobao',
      pageKind: 'dashboard',
      url: 'https://sycm.taobao.com/portal/home.htm',
      source: 'dom',
      shopMetricCount: 3,
      itemCount: 0,
      payload: { shopDays: [{ date: addDays(TODAY, -1), metrics: { salesAmount: 5000, uv: 2000, paidBuyers: 50 } }], items: [] },
    });
    render(<PopupApp />);
    expect(await screen.findByText('今日实时 · 读取于 09:12 · 较昨日同一时间')).toBeTruthy();
    expect(metric('salesAmount').querySelector('.pp-change')!.getAttribute('aria-label')).toBe('上升 10.0%');
    expect(metric('uv').querySelector('.pp-change')!.textContent).toBe('持平');
    expect(metric('conversionRate').querySelector('.pp-value')!.textContent).toBe('2.20%');
    expect(metric('conversionRate').querySelector('.pp-change')!.getAttribute('aria-label')).toBe('下降 12.0%');
    expect(metric('conversionRate').querySelector('dt')!.textContent).toBe('转化率*');
    expect(screen.getByRole('article', { name: '小鹿家居旗舰店 · 淘宝/天猫' })).toBeTruthy();
  });

  it('all duties hidden: says so and offers settings', async () => {
    setSettings((s) => ({ ...s, checklist: { ...s.checklist, hidden: ['shop-check', 'campaigns', 'daily-report', 'store-pages', 'inventory', 'ads', 'fundamentals', 'campaign-review', 'rules', 'proposal', 'service'] } }));
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: '去设置里显示事项' }));
    expect(open).toHaveBeenCalled();
  });

  it('in English when the seller chose English', async () => {
    setSettings((s) => ({ ...s, language: 'en' }));
    render(<PopupApp />);
    expect(await screen.findByRole('checkbox', { name: 'Shop check' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Daily operations checklist' })).toBeTruthy();
  });
});

describe('the side panel', () => {
  it('shows today’s progress and opens the 月度清单考核表', async () => {
    await db.pageVisits.add({ date: TODAY, at: Date.now(), platform: 'taobao', pageKind: 'ads', url: 'https://myseller.taobao.com/home.htm/tuiguangcenter_new/' });
    render(<ChecklistProgressSlot />);
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 1 项，共 11 项'));
    fireEvent.click(screen.getByRole('button', { name: '查看月度清单考核表' }));
    expect(useSidePanelStore.getState().tab).toBe('checklistHistory');
  });

  it('the 月度清单考核表: days × duties, frozen days as they were, streak; empty month says how it fills', async () => {
    const { unmount } = render(<ChecklistHistoryTab />);
    expect(await screen.findByText(/这个月还没有记录/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '导出 CSV' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();

    const yesterday = addDays(TODAY, -1);
    await db.checklistDays.put({ date: yesterday, overrides: {}, summary: { done: ['shop-check', 'rules'], total: 10 } });
    await db.pageVisits.add({ date: TODAY, at: Date.now(), platform: 'taobao', pageKind: 'ads', url: 'https://myseller.taobao.com/home.htm/tuiguangcenter_new/' });
    render(<ChecklistHistoryTab />);
    const table = await screen.findByRole('table');
    if (yesterday.slice(0, 7) === TODAY.slice(0, 7)) {
      const row = table.querySelector(`tr[data-date="${yesterday}"]`)!;
      expect(within(row as HTMLElement).getByRole('cell', { name: `${yesterday} 店铺检查：已完成` }).textContent).toBe('✓');
      expect(within(row as HTMLElement).getByRole('cell', { name: `${yesterday} 活动报名：未完成` }).textContent).toBe('');
      expect(row.querySelector('.cl-count')!.textContent).toBe('2/10');
    }
    const today = table.querySelector(`tr[data-date="${TODAY}"]`)!;
    expect(today.querySelector('.cl-count')!.textContent).toBe('1/11');
    expect(screen.getByText('当前连续 0 天全部完成')).toBeTruthy();
    expect(screen.getByText(/^本月完成率/)).toBeTruthy();
  });
});

describe('customising the list in options', () => {
  const names = () => within(screen.getByRole('list', { name: '清单事项' })).getAllByRole('listitem').map((li) => li.firstElementChild!.firstChild!.textContent);

  it('reorders with buttons, keeping focus on the pressed button; hides and shows', async () => {
    render(<ChecklistSection />);
    expect(names().slice(0, 3)).toEqual(['店铺检查', '活动报名', '数据报表']);
    expect((screen.getByRole('button', { name: '上移 店铺检查' }) as HTMLButtonElement).disabled).toBe(true);
    const down = screen.getByRole('button', { name: '下移 店铺检查' });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(names().slice(0, 2)).toEqual(['活动报名', '店铺检查']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '下移 店铺检查' })));
    expect((await loadSettings()).checklist.order.slice(0, 2)).toEqual(['campaigns', 'shop-check']);

    fireEvent.click(screen.getByRole('button', { name: '隐藏 钻展、直通车' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '显示 钻展、直通车' })).toBeTruthy());
    expect((await loadSettings()).checklist.hidden).toEqual(['ads']);
  });

  it('adds the seller’s own duty with auto-tick pages, refuses an empty name, deletes it; restore defaults asks first', async () => {
    render(<ChecklistSection />);
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写事项名称（最多 40 个字）。');
    fireEvent.change(screen.getByLabelText('事项名称'), { target: { value: '回复买家秀' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '评价管理' }));
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(names().at(-1)).toBe('回复买家秀'));
    const custom = (await loadSettings()).checklist.custom;
    expect(custom).toMatchObject([{ name: '回复买家秀', pageKinds: ['reviews'] }]);
    await waitFor(() => expect((screen.getByLabelText('事项名称') as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: '恢复默认清单' }));
    expect(screen.getByText('恢复默认会显示全部默认事项、恢复原来的顺序，并删除你添加的 1 个事项。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    fireEvent.click(screen.getByRole('button', { name: '删除 回复买家秀' }));
    await waitFor(() => expect(names()).toHaveLength(11));
    expect(screen.queryByRole('button', { name: '恢复默认清单' })).toBeNull();
  });

  it('turns the reminder on only when notifications are allowed, and keeps the time', async () => {
    const permissions = { request: vi.fn(async () => false), contains: vi.fn(async () => false) };
    (fakeBrowser as unknown as { permissions: unknown }).permissions = permissions;
    render(<ChecklistSection />);
    const enable = screen.getByRole('checkbox', { name: '每天定时提醒我查看清单' });
    fireEvent.click(enable);
    expect(await screen.findByText(/没有得到通知权限/)).toBeTruthy();
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((await loadSettings()).reminder.enabled).toBe(false);

    permissions.request.mockResolvedValue(true);
    fireEvent.click(enable);
    await waitFor(async () => expect((await loadSettings()).reminder.enabled).toBe(true));
    fireEvent.change(screen.getByLabelText('提醒时间'), { target: { value: '08:45' } });
    await waitFor(async () => expect((await loadSettings()).reminder).toEqual({ enabled: true, time: '08:45' }));
  });
});
