// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectMarks, MAX_ITEM_ROWS } from '@/lib/overlay/marks';
import { platformById } from '@/lib/platforms/registry';
import type { ReadContext } from '@/lib/platforms/types';
import { rule } from '../rules/fixtures';

/**
 * What the reading overlay marks (lib/overlay/marks.ts), on the e2e's own fixture page: the
 * shop's numbers read, the unknown label unread (to teach), and another shop's or the market's
 * numbers (同行, 行业) marked as not the shop's — never offered to teach, no value kept.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/console/teach/sycm-peer.html');
const ctx: ReadContext = { url: new URL('https://sycm.taobao.com/portal/home.htm'), today: '2026-11-22', pageKind: 'dashboard' };
const taobao = platformById('taobao');

beforeEach(() => {
  document.documentElement.innerHTML = readFileSync(FIXTURE, 'utf8').replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
});

const marks = (rules = [rule({ id: 9, label: '退款金额', labelText: '退款金额', metric: 'adSpend' })]) => collectMarks([{ doc: document, ctx }], taobao, rules, 0.02).marks;
const inPeer = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest('.peer, .mkt');

describe('another shop’s or the market’s numbers in the overlay', () => {
  it('are marked as not the shop’s, with the words that make them so, and nothing to teach', () => {
    const all = marks([]);
    const peer = all.filter((m) => m.kind === 'peer');
    expect(peer.length).toBeGreaterThanOrEqual(5);
    expect(peer.every((m) => inPeer(m.node))).toBe(true);
    expect(peer.every((m) => m.value === undefined && m.text === '' && m.metric === undefined)).toBe(true);
    // The nearest heading says why: the tier's best shops, the market teaser's 同行优秀 line.
    expect(new Set(peer.map((m) => m.labelText))).toEqual(new Set(['同行同层优秀', '同行优秀']));
    // Nothing in a peer section is read, unread-to-teach, or a look-alike.
    expect(all.filter((m) => m.kind !== 'peer' && inPeer(m.node))).toEqual([]);
  });

  it('the shop’s own numbers beside them are read, and its unknown label is offered to teach', () => {
    const all = marks([]);
    const read = all.filter((m) => m.kind === 'read');
    expect(read.find((m) => m.metric === 'uv' && m.date === '2026-11-22')?.value).toBe(12000);
    expect(read.find((m) => m.metric === 'salesAmount' && m.date === '2026-11-22')?.value).toBe(12345.6);
    expect(all.filter((m) => m.kind === 'unread').map((m) => m.labelText)).toContain('万相台消耗');
  });

  it('a taught rule marks nothing inside them', () => {
    const all = marks();
    const taught = all.filter((m) => m.kind === 'taught');
    expect(taught.length).toBeGreaterThan(0);
    expect(taught.some((m) => inPeer(m.node))).toBe(false);
  });
});

describe('item tables (商品排行)', () => {
  const ITEM_RANK = path.resolve(import.meta.dirname, '../../fixtures/console/taobao/sycm-item-rank.html');
  const itemCtx: ReadContext = { url: new URL('https://sycm.taobao.com/cc/item_rank'), today: '2026-11-22', pageKind: 'itemList' };
  const load = (html: string) => {
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  };
  const itemMarks = () => collectMarks([{ doc: document, ctx: itemCtx }], taobao, [], 0.02);

  it('marks each cell the read took for its row’s item, with the item and the day; nothing in the table to teach', () => {
    load(readFileSync(ITEM_RANK, 'utf8'));
    const { marks: all, itemRowsLeft } = itemMarks();
    const first = all.filter((m) => m.item?.id === '652300000201');
    expect(first.find((m) => m.item?.metric === 'uv')).toMatchObject({ kind: 'read', value: 12000, date: '2026-11-19', item: { title: '加厚珊瑚绒毛毯 冬季午睡盖毯' } });
    expect(first.length).toBeGreaterThanOrEqual(4);
    // The id printed under a title (row 4) finds its item too; placeholders (暂无数据, --) are not marked.
    expect(all.filter((m) => m.item?.id === '652300000204').map((m) => m.text)).not.toContain('暂无数据');
    expect(all.some((m) => m.item?.id === '652300000204')).toBe(true);
    // No cell of the table is offered as a shop number to teach.
    expect(all.filter((m) => !m.item && (m.node instanceof Element ? m.node : m.node.parentElement)?.closest('table'))).toEqual([]);
    expect(itemRowsLeft).toBe(0);
  });

  it('marks the first MAX_ITEM_ROWS rows of a long list and says how many more were read unmarked', () => {
    const html = readFileSync(ITEM_RANK, 'utf8');
    const row = /<tr><td>1<\/td>.*?<\/tr>/.exec(html)![0];
    load(html.replace(row, Array.from({ length: MAX_ITEM_ROWS + 10 }, (_, i) => row.replace('652300000201', String(652300100000 + i))).join('')));
    const { marks: all, itemRowsLeft } = itemMarks();
    expect(new Set(all.filter((m) => m.item).map((m) => m.item!.id)).size).toBe(MAX_ITEM_ROWS);
    expect(itemRowsLeft).toBe(13);
  });
});
