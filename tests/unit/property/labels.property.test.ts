// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMetricsByLabel, readTableByHeaders } from '@/lib/extract/labels';
import { cnItemLabels, cnShopLabels } from '@/lib/extract/synonyms';
import { kindOf } from '@/lib/extract/kinds';
import type { ShopMetricKey } from '@/lib/model/metrics';

/**
 * Property tests of the label-based DOM reader (lib/extract/labels.ts, helper A's): generated
 * dashboards with the metrics in any order and any of the card layouts consoles use, values
 * that are placeholders, comparisons next to values, and a banner repeating a label. Every
 * readable value is read exactly; every unreadable one is missing (never 0, never borrowed
 * from a neighbour).
 */

type Key = ShopMetricKey;
const KEYS = Object.keys(cnShopLabels()) as Key[];

/** A value as the console prints it for the metric's kind, and the number it means. */
const shownValue = (key: Key) => {
  switch (kindOf(key)) {
    case 'ratio':
      return fc.integer({ min: 0, max: 10_000 }).map((h) => ({ text: `${(h / 100).toFixed(2)}%`, value: Number(`${(h / 100).toFixed(2)}e-2`) }));
    case 'money':
      return fc.integer({ min: 0, max: 10_000_000_00 }).map((c) => ({
        text: `¥${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
        value: Number((c / 100).toFixed(2)),
      }));
    case 'score':
      return fc.integer({ min: 0, max: 50 }).map((t) => ({ text: (t / 10).toFixed(1), value: t / 10 }));
    default:
      return fc.integer({ min: 0, max: 100_000_000 }).map((n) => ({ text: n.toLocaleString('en-US'), value: n }));
  }
};
const PLACEHOLDERS = ['-', '--', '—', '暂无数据'];
const LAYOUTS = ['label-first', 'value-first', 'inline', 'dl'] as const;

const cardArb = (key: Key) =>
  fc.record({
    key: fc.constant(key),
    shown: fc.oneof({ weight: 4, arbitrary: shownValue(key) }, { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS).map((text) => ({ text, value: undefined })) }),
    layout: fc.constantFrom(...LAYOUTS),
    comparison: fc.constantFrom('', '较前一日 +12.3%', '环比 -3.10%', '↑8.00%'),
  });

const dashboardArb = fc
  .shuffledSubarray(KEYS, { minLength: 1 })
  .chain((keys) => fc.tuple(...keys.map(cardArb)))
  .chain((cards) => fc.tuple(fc.constant(cards), fc.boolean(), fc.subarray(cards.map((c) => c.key))));

function render(cards: { key: Key; shown: { text: string }; layout: (typeof LAYOUTS)[number]; comparison: string }[], banner: boolean, bannerKeys: Key[]) {
  const label = (key: Key) => cnShopLabels()[key][0];
  const cmp = (c: string) => (c ? `<div class="cmp">${c}</div>` : '');
  const html = cards
    .map(({ key, shown, layout, comparison }) => {
      switch (layout) {
        case 'label-first':
          return `<div class="card"><div class="l">${label(key)}</div><div class="v">${shown.text}</div>${cmp(comparison)}</div>`;
        case 'value-first':
          return `<div class="card"><div class="v">${shown.text}</div><div class="l">${label(key)}</div>${cmp(comparison)}</div>`;
        case 'inline':
          return `<div class="card"><span>${label(key)}：${shown.text}</span>${cmp(comparison)}</div>`;
        default:
          return `<dl class="card"><dt>${label(key)}</dt><dd>${shown.text}</dd></dl>`;
      }
    })
    .join('');
  // A promo banner repeating labels with no value of their own, and the page's own chatter.
  const promo = banner ? `<div class="promo">${bannerKeys.map((k) => `<b>${label(k)}</b>`).join(' · ')} 立即开通!</div>` : '';
  document.body.innerHTML = `<header>生意参谋 更新时间 2026-11-22 14:02</header>${promo}<main><section class="grid">${html}</section></main>`;
}

describe('readMetricsByLabel on generated dashboards', () => {
  it('reads every shown value exactly, whatever the order and layout; placeholders are missing, never 0', () => {
    fc.assert(
      fc.property(dashboardArb, ([cards, banner, bannerKeys]) => {
        render(cards, banner, bannerKeys);
        const { values, labelled } = readMetricsByLabel(document, cnShopLabels());
        const expected = Object.fromEntries(cards.filter((c) => c.shown.value !== undefined).map((c) => [c.key, c.shown.value]));
        expect(values).toEqual(expected);
        expect([...labelled].sort()).toEqual(cards.map((c) => c.key).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('a page without any of the labels yields nothing (not zeros)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 20 }), (numbers) => {
        document.body.innerHTML = `<div>${numbers.map((n) => `<span>${n.toLocaleString('en-US')}</span>`).join('')}</div>`;
        expect(readMetricsByLabel(document, cnShopLabels())).toEqual({ values: {}, labelled: [], previousDay: {}, unsure: [] });
      }),
      { numRuns: 100 },
    );
  });
});

describe('readTableByHeaders on generated item tables', () => {
  const ITEM_COLUMNS = { itemId: ['商品ID'], title: ['商品名称'], uv: cnItemLabels().uv, salesAmount: cnItemLabels().salesAmount } as const;
  type Column = keyof typeof ITEM_COLUMNS;
  const rowArb = fc.record({
    itemId: fc.integer({ min: 1, max: 999_999_999_999 }).map(String),
    title: fc.string({ unit: fc.constantFrom(...'北欧实木床头柜简约现代 '), minLength: 1, maxLength: 20 }).map((s) => s.replace(/\s+/g, ' ').trim() || '床'), // cells are read whitespace-collapsed
    uv: fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('en-US')),
    salesAmount: fc.oneof(fc.constant('-'), fc.integer({ min: 0, max: 1e9 }).map((c) => `¥${(c / 100).toFixed(2)}`)),
  });

  it('returns every row with each cell under its header, whatever the column order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(ITEM_COLUMNS) as Column[], { minLength: 2 }), fc.array(rowArb, { maxLength: 40 }), (columns, rows) => {
        const head = `<tr>${columns.map((c) => `<th>${ITEM_COLUMNS[c][0]}</th>`).join('')}</tr>`;
        const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${r[c]}</td>`).join('')}</tr>`).join('');
        document.body.innerHTML = `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
        const table = readTableByHeaders(document, ITEM_COLUMNS);
        expect(table?.columns).toEqual(columns);
        expect(table?.rows.map((r) => r.text)).toEqual(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]]))));
      }),
      { numRuns: 150 },
    );
  });
});
