// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Tip } from '@/lib/analysis/tips';
import { consoleIsDark, freeSpot, itemAnchors } from '@/lib/guidance/anchors';
import { itemMarks, metricChipCompact, metricChipText, tipText } from '@/lib/guidance/describe';
import { translator } from '@/lib/i18n';
import { conversionTip } from './fixtures';

/**
 * In-page guidance's words and places (issue 19): the chips' short forms and the reasons from
 * the side panel's own messages, each item's row found by its id (a link or a printed id), and
 * a chip's spot that covers none of the console's text.
 */

const zh = translator('zh-CN');
const en = translator('en');
const tip = conversionTip;

describe('the words', () => {
  it('a metric chip says how the metric compares with its baseline days, in both languages', () => {
    const hint = { metric: 'conversionRate' as const, tip: tip(-0.2691) };
    expect(metricChipText(hint, zh, 'zh-CN')).toBe('比近 7 天均值低 27%');
    expect(metricChipText(hint, en, 'en')).toBe('27% below the 7-day average');
    expect(metricChipText({ ...hint, tip: tip(0.12) }, zh, 'zh-CN')).toBe('比近 7 天均值高 12%');
    // A threshold tip says which side of its line: DSR under its floor, 退款率 over its limit.
    const line = (rule: Tip['rule'], metric: string, value: number, baseline: number): Tip => ({ ...tip(0), rule, evidence: [{ label: `metric.${metric}`, value: { value, kind: 'percent' }, baseline: { value: baseline, kind: 'percent' } }] });
    expect(metricChipText({ metric: 'refundRate', tip: line('refundRate', 'refundRate', 0.2, 0.15) }, zh, 'zh-CN')).toBe('超过警戒线');
    expect(metricChipText({ metric: 'dsr', tip: line('dsrFloor', 'dsr', 4.6, 4.7) }, zh, 'zh-CN')).toBe('低于警戒线');
    expect(metricChipCompact(hint, 'zh-CN')).toBe('↓27%');
    // The card opens with the side panel's own tip words.
    expect(tipText(hint.tip, zh, 'zh-CN', 'CNY').title).toMatch(/转化率 2\.96%，比前 7 天平均（4\.05%）低 27/);
  });

  it('item marks: stage with its reason, picks, rating, title edits (the limit said when reached)', () => {
    const marks = itemMarks(
      {
        itemId: 'a',
        stage: { itemId: 'a', stage: 'decline', reason: 'salesFalling', weeks: [{ week: '2026-11-16', days: 7, salesPerDay: 12 }], measure: 'units', salesChange: -0.37 },
        delist: { itemId: 'a', reason: 'lastSale', lastSaleDate: '2026-10-01', daysSince: 54, daysWithData: 30, from: '2026-10-26', to: '2026-11-24' },
        rating: { rating: 4.6, floor: 4.8 },
        titleEdits: { count: 2, max: 2, hours: 24 },
      },
      zh,
      'zh-CN',
    );
    expect(marks.map((m) => [m.kind, m.label, m.warn])).toEqual([
      ['stage', '衰退期', true],
      ['delist', '下架候选', true],
      ['rating', '评分预警', true],
      ['titleEdits', '标题 24 h 内已改 2 次', true],
    ]);
    // The stage's advice without its name again (the mark shows it): not "衰退期 … 衰退期：".
    expect(marks[0]!.reason).toMatch(/^上周日均销量比前两周平均 −37\.0%。 先找原因（季节/);
    expect(marks[0]!.reason).not.toContain('衰退期');
    const stable = itemMarks({ itemId: 'c', stage: { itemId: 'c', stage: 'stable', reason: 'steady', weeks: [], measure: 'units', salesChange: 0.01 } }, en, 'en')[0]!;
    expect(stable.reason).toMatch(/ Keep the pace; refine title/);
    // Advice that does not open with the name is left whole.
    const growth = itemMarks({ itemId: 'd', stage: { itemId: 'd', stage: 'growth', reason: 'salesRising', weeks: [], measure: 'units', salesChange: 0.3 } }, zh, 'zh-CN')[0]!;
    expect(growth.reason).toMatch(/。 流量和销量在涨：/);
    expect(marks[1]!.reason).toContain('已经 54 天');
    expect(marks[3]!.reason).toContain('已到上限');
    expect(itemMarks({ itemId: 'b', titleEdits: { count: 1, max: 2, hours: 24 } }, zh, 'zh-CN')[0]!.warn).toBe(false);
  });
});

describe('the places', () => {
  it('finds each item’s row by a link carrying its id or a printed id; header rows and unknown ids are left out', () => {
    document.body.innerHTML = `<table>
      <thead><tr><th>商品</th><th>访客</th></tr></thead>
      <tbody>
        <tr id="r1"><td><a href="https://item.taobao.com/item.htm?spm=a.1&id=652300000201">毛毯</a></td><td>1.2万</td></tr>
        <tr id="r2"><td><span>窗帘</span><div>ID: 652300000204</div></td><td>888</td></tr>
        <tr id="r3"><td>652300000999 is not listed</td><td>1</td></tr>
        <tr id="r4"><td><span>卫衣</span><div>ID: 3701234567890123456</div></td><td><a href="/ffa/g/create?product_id=3701234567890123456">编辑</a></td></tr>
      </tbody></table>`;
    const found = itemAnchors(document, ['652300000204', '652300000201', '652300000777', '3701234567890123456']);
    expect(found.map((a) => [a.itemId, a.row.id])).toEqual([
      ['652300000204', 'r2'],
      ['652300000201', 'r1'],
      ['3701234567890123456', 'r4'],
    ]);
    // The item's name, not the 编辑 link at the row's end, is what its marks follow.
    expect(found[2]!.name.textContent).toBe('ID: 3701234567890123456');
  });

  it('a chip goes right of its anchor when free, under it when the right is taken, a shorter form when neither is', () => {
    const anchor = new DOMRect(100, 100, 40, 16);
    expect(freeSpot(anchor, [80, 30], 16, [])).toEqual({ left: 144, top: 100, level: 0 });
    const rightTaken = [new DOMRect(150, 100, 40, 16)];
    expect(freeSpot(anchor, [80, 30], 16, rightTaken)).toEqual({ left: 100, top: 118, level: 0 });
    // Right, under and above taken for the long form; the short one fits right before the neighbour.
    const crowded = [new DOMRect(180, 100, 40, 16), new DOMRect(90, 118, 200, 16), new DOMRect(90, 82, 200, 16)];
    expect(freeSpot(anchor, [80, 30], 16, crowded)).toEqual({ left: 144, top: 100, level: 1 });
    // Kept inside its row's band: under the anchor would be the next row, so the gap past the neighbour.
    expect(freeSpot(anchor, [80, 30], 16, rightTaken, { top: 96, bottom: 120 })).toEqual({ left: 194, top: 100, level: 0 });
  });

  it('covers no line by any fraction: a chip taller than its line sits flush with the line it would reach into', () => {
    // 千牛 at 320 px: a title's last line 15 px tall, the "ID:…" line right under it reaching past the title.
    const last = new DOMRect(32, 413.8, 35.4, 15);
    const id = new DOMRect(32, 428.8, 95.4, 14);
    const above = new DOMRect(32, 398.8, 26, 15);
    const spot = freeSpot(last, [100], 16, [last, id, above], { top: 316, bottom: 451 });
    expect(spot).toEqual({ left: 71.4, top: 412.8, level: 0 });
  });

  it('finds a free gap in the row when nothing beside the anchor is free, then the row’s end, then a dot', () => {
    const anchor = new DOMRect(10, 100, 40, 15);
    const row = { top: 90, bottom: 140, right: 300 };
    // The anchor's line and the lines under and over it are full up to x 200; the row is free past it.
    const full = [anchor, new DOMRect(54, 95, 146, 30), new DOMRect(10, 116, 190, 20), new DOMRect(10, 90, 190, 9)];
    expect(freeSpot(anchor, [80], 16, full, row)).toEqual({ left: 204, top: anchor.top + (15 - 16) / 2, level: 0 });
    // Not past the page's edge (300): the shorter form fits.
    expect(freeSpot(anchor, [120, 60], 16, full, row, { left: 0, top: 0, right: 300, bottom: Infinity })).toMatchObject({ left: 204, level: 1 });
    // Only 20 px are left at the end of the row: a dot, not a chip over the words.
    const crowded = [...full, new DOMRect(200, 90, 75, 50)];
    const dot = freeSpot(anchor, [120, 60], 16, crowded, row, { left: 0, top: 0, right: 300, bottom: Infinity });
    expect(dot).toMatchObject({ dot: true, left: 279 });
    expect(dot!.left + 10).toBeLessThanOrEqual(300);
  });

  it('a number at the page’s right edge, its label above and its comparison under: a dot left of it', () => {
    // 生意参谋 首页 in a 420 px window: 转化率's number ends where the page does.
    const anchor = new DOMRect(300, 100, 40, 15);
    const label = new DOMRect(300, 80, 40, 15);
    const comparison = new DOMRect(300, 117, 40, 14);
    const spot = freeSpot(anchor, [120, 60, 20], 16, [anchor, label, comparison], undefined, { left: 0, top: 0, right: 345, bottom: Infinity });
    expect(spot).toMatchObject({ dot: true, top: 102.5 });
    expect(spot!.left + 10).toBeLessThanOrEqual(anchor.left);
  });

  it('no chip when even the shortest form beside the anchor would be outside the page or the list it scrolls in', () => {
    const anchor = new DOMRect(10, 100, 40, 15);
    // A list showing 95–108: the anchor's line is cut at its bottom, nothing fits inside, not even a dot.
    expect(freeSpot(anchor, [60], 16, [anchor], undefined, { left: 0, top: 95, right: 300, bottom: 108 })).toBeUndefined();
    expect(freeSpot(anchor, [60], 16, [anchor], undefined, { left: 0, top: 0, right: 300, bottom: 400 })).toMatchObject({ left: 54, level: 0 });
  });
});

describe('the look', () => {
  it('follows the console page’s own background, not the browser’s preference', () => {
    document.body.style.backgroundColor = 'rgb(243, 244, 247)';
    expect(consoleIsDark(document)).toBe(false);
    document.body.style.backgroundColor = 'rgb(22, 27, 34)';
    expect(consoleIsDark(document)).toBe(true);
    // A transparent body: the page's root decides.
    document.body.style.backgroundColor = 'transparent';
    document.documentElement.style.backgroundColor = 'rgb(10, 10, 10)';
    expect(consoleIsDark(document)).toBe(true);
  });
});
