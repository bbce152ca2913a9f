// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TitleTab from '@/components/sidepanel/tabs/TitleTab';
import TitleChecker from '@/components/title/TitleChecker';
import { useSettingsStore } from '@/components/app/settings-store';
import { useSidePanelStore } from '@/components/sidepanel/ui-store';
import TitleWordsSection from '@/components/options/sections/TitleWordsSection';
import { addDays, toBusinessDate } from '@/lib/dates';
import { db } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** 标题助手 and 标题用词 on the real (fake-IndexedDB) database, as the side panel reads it. */
const DAY = 86_400_000;
const ITEM = '728461930215';
const shopKey = 'taobao:default';

beforeEach(async () => {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  useSidePanelStore.setState({ tab: 'title', selectedShopKey: undefined, selectedItemId: undefined });
});
afterEach(() => cleanup());

describe('标题助手', () => {
  it('says how items get here when none are known yet', async () => {
    render(<TitleTab />);
    expect(await screen.findByText(/还没有宝贝/)).toBeTruthy();
  });

  it('offers the item open in the edit page, shows the history with before/after numbers and flags a drop', async () => {
    const editAt = Date.now() - 10 * DAY;
    const editDay = toBusinessDate(editAt);
    await db.items.add({ shopKey, itemId: ITEM, title: '沐浴露女持久留香家庭装', firstSeenAt: editAt - DAY, updatedAt: editAt - DAY });
    await db.titleEdits.add({ shopKey, platform: 'taobao', itemId: ITEM, at: editAt, oldTitle: '沐浴露女持久留香家庭装', newTitle: '沐浴露女持久留香美白家庭装', fields: ['title'] });
    // Yesterday's edit page of another item is not offered as open (the tab may be long closed).
    await db.pageVisits.add({ date: toBusinessDate(Date.now() - DAY), at: Date.now() - DAY, platform: 'taobao', pageKind: 'itemEdit', url: 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=999' });
    const openedAt = Date.now() - 60_000;
    await db.pageVisits.add({ date: toBusinessDate(openedAt), at: openedAt, platform: 'taobao', pageKind: 'itemEdit', url: `https://item.upload.taobao.com/sell/v2/publish.htm?itemId=${ITEM}` });
    const rows = [-3, -2, -1, 1, 2, 3].map((offset) => ({
      shopKey,
      itemId: ITEM,
      date: addDays(editDay, offset),
      metrics: offset < 0 ? { uv: 1000, paidBuyers: 50 } : { uv: 600, paidBuyers: 30 },
      provenance: {},
      updatedAt: editAt,
    }));
    await db.itemDaily.bulkAdd(rows);

    render(<TitleTab />);
    // The open item is picked by default; its current title is the last edit's.
    expect(await screen.findByRole('heading', { name: /沐浴露女持久留香美白家庭装/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /在编辑页打开的宝贝/ }).textContent).toContain(ITEM);
    const history = await screen.findByRole('list', { name: '编辑记录' });
    const card = within(history).getAllByRole('listitem')[0]!;
    expect(card.getAttribute('data-dropped')).toBe('true');
    const uv = within(card.querySelector('tr[data-metric="uv"]') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(uv).toEqual(['1,000', '600', '-40.0%']);
    expect(card.textContent).toContain('3/7 天有数据');

    // A candidate title gets the same checks as on the page.
    fireEvent.change(screen.getByRole('textbox', { name: '候选标题' }), { target: { value: '最佳沐浴露女持久留香美白家庭装' } });
    expect(screen.getByText('含违禁词：最佳')).toBeTruthy();
    expect(screen.getByText('本次改动 2 个字（建议每次不超过 3 个字）')).toBeTruthy();
  });

  it('edit pace: the panel advises the same moment as the page guard (first early-morning start after the window frees)', () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const at = (iso: string) => new Date(iso).getTime();
      const now = at('2026-03-10T14:30:00+08:00');
      const edit = (iso: string, newTitle: string) => ({ shopKey, platform: 'taobao' as const, itemId: ITEM, at: at(iso), oldTitle: '旧', newTitle, fields: ['title' as const] });
      const edits = [edit('2026-03-10T09:00:00+08:00', '沐浴露'), edit('2026-03-09T09:00:00+08:00', '沐浴乳')];
      const view = render(<TitleChecker item={{ platform: 'taobao', itemId: ITEM }} current="沐浴露" edits={edits} now={now} />);
      const pace = () => view.getByTestId('throttle').querySelector('li[data-note="throttle"]')!.textContent;
      expect(pace()).toBe('24 小时内已编辑 1 次（建议不超过 2 次） · 现在可以编辑');
      // A second edit today: free at 2026-03-11 09:00, after the default 0–6 window, so the next one opens 2026-03-12 00:00.
      view.rerender(<TitleChecker item={{ platform: 'taobao', itemId: ITEM }} current="沐浴露" edits={[edit('2026-03-10T12:00:00+08:00', '沐浴露'), ...edits]} now={now} />);
      expect(pace()).toBe('24 小时内已编辑 2 次（建议不超过 2 次） · 建议后天 00:00 后再改');
      // A window that the free moment falls into (08–10): that moment itself.
      useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, earlyMorningStartHour: 8, earlyMorningEndHour: 10 } } });
      view.rerender(<TitleChecker item={{ platform: 'taobao', itemId: ITEM }} current="沐浴露" edits={[edit('2026-03-10T12:00:00+08:00', '沐浴露'), ...edits]} now={now + 1} />);
      expect(pace()).toBe('24 小时内已编辑 2 次（建议不超过 2 次） · 建议明天 09:00 后再改');
    } finally {
      process.env.TZ = originalTz;
      useSettingsStore.setState({ settings: DEFAULT_SETTINGS });
    }
  });

  it('finds items by title or id', async () => {
    await db.items.bulkAdd([
      { shopKey, itemId: '1', title: '北欧实木床头柜', firstSeenAt: 1, updatedAt: 1 },
      { shopKey: 'jd:88', itemId: '2', title: '不锈钢保温杯', firstSeenAt: 1, updatedAt: 2 },
    ]);
    render(<TitleTab />);
    const search = await screen.findByRole('searchbox');
    fireEvent.change(search, { target: { value: '保温' } });
    // The item list is a live query: under load it may answer after the first render.
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: '选择宝贝' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['不锈钢保温杯京东 · 2']),
    );
    fireEvent.change(search, { target: { value: '不存在' } });
    expect(await screen.findByText('没有匹配的宝贝')).toBeTruthy();
  });
});

describe('标题用词 options', () => {
  it('lists each problem with its line and saves nothing until the list is valid', async () => {
    render(<TitleWordsSection />);
    const keywords = screen.getByLabelText('卖点词（每行一个）');
    fireEvent.change(keywords, { target: { value: `留香\n留香\n${'长'.repeat(31)}` } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe(`“留香”重复了第 3 行“${'长'.repeat(31)}”超过 30 个字`);
    expect((keywords as HTMLTextAreaElement).value).toContain('留香');
  });
});
