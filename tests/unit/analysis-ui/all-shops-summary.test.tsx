// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AllShopsSummary from '@/components/analysis/AllShopsSummary';
import { allShopsExportColumns } from '@/components/analysis/report-export';
import { allShopsMonth, summaryLines } from '@/lib/analysis/all-shops';
import { db, type ShopRow } from '@/lib/db';
import { toCsv } from '@/lib/export';
import { translator } from '@/lib/i18n';

/** 全部店铺 · 月度汇总 on the real (fake-IndexedDB) database, as the side panel reads it. */
const TODAY = '2026-12-06';
const shop = (key: string, name: string, currency: ShopRow['currency']): ShopRow => {
  const [platform, shopId] = key.split(':') as [ShopRow['platform'], string];
  return { key, platform, shopId, name, currency, firstSeenAt: 1, lastSeenAt: 1 };
};
const deer = shop('taobao:57300001', '小鹿家居旗舰店', 'CNY');
const tea = shop('taobao:61800002', '青禾茶叶专营店', 'CNY');
const acme = shop('amazon:A2SHOPMATE0001@ATVPDKIKX0DER', 'Acme Home · United States', 'USD');
const day = (shopKey: string, date: string, metrics: Record<string, number>) => ({ shopKey, date, metrics, provenance: {}, updatedAt: 1 });
const DAYS = [
  day(deer.key, '2026-12-01', { salesAmount: 10000, uv: 2000, paidBuyers: 80 }),
  day(deer.key, '2026-12-02', { salesAmount: 5000, uv: 1000, paidBuyers: 20 }),
  day(tea.key, '2026-12-01', { salesAmount: 3000, uv: 600, paidBuyers: 30 }),
  day(acme.key, '2026-12-01', { salesAmount: 412.75, uv: 230, paidBuyers: 9 }),
];

beforeEach(async () => {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
});
afterEach(() => cleanup());

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('全部店铺 · 月度汇总 in the side panel', () => {
  it('one row per shop, a total per currency, and an all-shops line that adds no money', async () => {
    await db.shopDaily.bulkAdd(DAYS);
    render(<AllShopsSummary shops={[acme, tea, deer]} today={TODAY} />);
    const table = await screen.findByTestId('all-shops-summary');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').querySelector('.as-name')!.textContent)).toEqual([
      '小鹿家居旗舰店',
      '青禾茶叶专营店',
      'CNY 合计',
      'Acme Home · United States',
      'USD 合计',
      '全部店铺合计',
    ]);
    // 币种 · 有数据天数 · 销售额 · 访客数 · 支付买家数 · 转化率 · 客单价
    expect(cellsOf(rows[0]!)).toEqual(['CNY', '2/6', '¥15,000.00', '3,000', '100', '3.33%计', '¥150.00计']);
    expect(cellsOf(rows[2]!)).toEqual(['CNY', '', '¥18,000.00', '3,600', '130', '3.61%计', '¥138.46计']);
    expect(cellsOf(rows[3]!)).toEqual(['USD', '1/6', 'US$412.75', '230', '9', '3.91%计', 'US$45.86计']);
    expect(cellsOf(rows[4]!)).toEqual(['USD', '', 'US$412.75', '230', '9', '3.91%计', 'US$45.86计']);
    expect(cellsOf(rows[5]!)).toEqual(['—', '', '不相加', '3,830', '139', '3.63%计', '不相加']);
    expect(within(rows[5]!).getByRole('rowheader').textContent).toContain('3/3 家有数据');
    expect(screen.getByText('截至今天')).toBeTruthy();
    // Keyboard: the table's scroll box, the month and both exports are reachable.
    expect(table.parentElement!.tabIndex).toBe(0);
    expect(screen.getByRole('combobox', { name: '月份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 Excel' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeTruthy();
  });

  it('teaches when only one shop, or none, has data in the month', async () => {
    await db.shopDaily.bulkAdd(DAYS.filter((d) => d.shopKey === deer.key));
    render(<AllShopsSummary shops={[deer, tea]} today={TODAY} />);
    const empty = await screen.findByTestId('all-shops-empty');
    expect(empty.textContent).toContain('2026年12月只有“小鹿家居旗舰店”有数据');
    expect(empty.textContent).toContain('登录那家店的账号');
    expect(screen.queryByTestId('all-shops-summary')).toBeNull();
    // An earlier month with nothing in it.
    fireEvent.change(screen.getByRole('combobox', { name: '月份' }), { target: { value: '2026-11' } });
    expect((await screen.findByTestId('all-shops-empty')).textContent).toContain('2026年11月还没有任何店铺的数据');
    expect(screen.queryByText('截至今天')).toBeNull();
  });

  it('exports with a 币种 column, money per currency, and says the all-shops line adds no money', () => {
    const t = translator('zh-CN');
    const summary = allShopsMonth([deer, tea, acme], DAYS, '2026-12', TODAY);
    const lines = summaryLines(summary);
    const names = ['小鹿家居旗舰店', '青禾茶叶专营店', 'CNY 合计', 'Acme Home · United States', 'USD 合计', '全部店铺合计'];
    const csv = toCsv(allShopsExportColumns(t, (l) => names[lines.indexOf(l)]!, TODAY), lines).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('店铺,平台,币种,有数据的店铺,有数据天数,天数,销售额,访客数,支付买家数,转化率,客单价,说明');
    expect(csv[1]).toMatch(/^小鹿家居旗舰店,淘宝\/天猫,CNY,,2,6,15000(\.00)?,3000,100,3\.33%,150(\.00)?,/);
    expect(csv[3]).toMatch(/^CNY 合计,,CNY,2,,6,18000(\.00)?,3600,130,/);
    expect(csv[5]).toMatch(/^USD 合计,,USD,1,,6,412\.75,230,9,/);
    expect(csv[6]).toMatch(/^全部店铺合计,,,3,,6,,3830,139,3\.63%,,/);
    expect(csv[6]).toContain('金额不跨币种相加');
    expect(csv[1]).toContain(`截至 ${TODAY}`);
  });
});
