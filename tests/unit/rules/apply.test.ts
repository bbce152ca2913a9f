// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyTaughtRules, readingLabels, rulesForConsole, unusedRules } from '@/lib/rules/apply';
import { builtInShopLabels } from '@/lib/rules/labels';
import type { ReadContext } from '@/lib/platforms/types';
import { readDom } from '@/lib/platforms/taobao/extract';
import { rule } from './fixtures';

/** Taught rules applied after the built-in reader (issue 12): matching by console and label, never by markup. */

const ctx: ReadContext = { url: new URL('https://sycm.taobao.com/portal/home.htm'), today: '2026-11-22', pageKind: 'dashboard' };
const BUILT_IN = builtInShopLabels('taobao');

const cards = (extra: string) => `
  <section><h3>实时概况 <small>更新时间 2026-11-22 14:02</small></h3>
    <div class="c"><div>支付金额</div><div>¥12,345.60</div></div>
    <div class="c"><div>访客数</div><div>1.2万</div></div>
    <div class="c"><div>退款金额</div><div>¥1,024.00</div></div>
    ${extra}
  </section>`;

const page = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};
const read = (root: ParentNode, rules = [rule()]) => applyTaughtRules(readDom(root, ctx), root, ctx, rules, BUILT_IN);
const today = (r: ReturnType<typeof read>) => r.extraction?.shopDays.find((d) => d.date === '2026-11-22')?.metrics;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a reading rule', () => {
  it('reads a number under a label no catalogue knows, dated like the rest of its section', () => {
    const root = page(cards('<div class="c"><div>万相台消耗</div><div>¥2,480.00</div></div>'));
    expect(readDom(root, ctx)?.shopDays[0]?.metrics.adSpend).toBeUndefined();
    const result = read(root);
    expect(today(result)).toMatchObject({ salesAmount: 12345.6, uv: 12000, adSpend: 2480 });
    expect(result.applied).toEqual([1]);
    expect(result.conflicts).toEqual([]);
  });

  it('still reads when the markup changes but the label stays (dl/dt/dd, split value, colon)', () => {
    const root = page(`<p>更新时间 2026-11-22 14:30</p><dl><dt>支付金额</dt><dd>¥12,600.00</dd><dt>万相台消耗：</dt><dd><span>¥</span><span>2,600.00</span></dd></dl>`);
    expect(today(read(root))).toMatchObject({ salesAmount: 12600, adSpend: 2600 });
  });

  it('reads nothing when the label changed, and says the rule is unused there', () => {
    const root = page(cards('<div class="c"><div>万相台花费</div><div>¥2,700.00</div></div>'));
    const result = read(root);
    expect(today(result)?.adSpend).toBeUndefined();
    expect(result.applied).toEqual([]);
    expect(unusedRules(root, [rule()]).map((r) => r.id)).toEqual([1]);
    expect(unusedRules(page(cards('<div><div>万相台消耗</div><div>¥1</div></div>')), [rule()])).toEqual([]);
  });

  it('never silently overrides a built-in read of the same metric: a conflict, the built-in value stays', () => {
    const root = page(cards('<div class="c"><div>直播间访客</div><div>2,310</div></div>'));
    const liveRoom = rule({ id: 2, label: '直播间访客', labelText: '直播间访客', metric: 'uv' });
    const result = read(root, [liveRoom]);
    expect(today(result)?.uv).toBe(12000);
    expect(result.conflicts).toEqual([{ ruleId: 2, date: '2026-11-22', metric: 'uv', builtIn: 12000, taught: 2310 }]);
    expect(result.applied).toEqual([]);
    // …unless the seller, asked, chose this number.
    const chosen = read(root, [{ ...liveRoom, prefer: 'taught' }]);
    expect(today(chosen)?.uv).toBe(2310);
    expect(chosen.conflicts).toEqual([]);
  });

  it('the same value as the built-in read is no conflict', () => {
    const root = page(cards(''));
    const same = rule({ id: 3, label: '访客数', labelText: '访客数', metric: 'uv' });
    const result = read(root, [same]);
    expect(today(result)?.uv).toBe(12000);
    expect(result).toMatchObject({ applied: [3], conflicts: [] });
  });

  it('a page with nothing built-in read still gets the taught number', () => {
    const root = page('<div><span>万相台消耗</span> <b>¥88.00</b></div>');
    expect(readDom(root, ctx)).toBeUndefined();
    expect(read(root).extraction?.shopDays).toEqual([{ date: '2026-11-22', metrics: { adSpend: 88 } }]);
  });
});

describe('a correction', () => {
  const refund = (metric: 'adSpend' | null) => rule({ id: 4, label: '退款金额', labelText: '退款金额', metric, replaces: 'refundAmount' });

  it('drops the built-in read of that label ("not a metric")', () => {
    const root = page(cards(''));
    const result = read(root, [refund(null)]);
    expect(today(result)).toEqual({ salesAmount: 12345.6, uv: 12000 });
    expect(result.applied).toEqual([4]);
  });

  it('reads the number as the metric the seller named instead', () => {
    const result = read(page(cards('')), [refund('adSpend')]);
    expect(today(result)).toEqual({ salesAmount: 12345.6, uv: 12000, adSpend: 1024 });
  });

  it('leaves the metric alone where another label gave it', () => {
    const root = page(cards('').replace('退款金额', '成功退款金额'));
    const result = read(root, [refund(null)]);
    expect(today(result)?.refundAmount).toBe(1024);
    expect(result.applied).toEqual([]);
  });
});

describe('never on another shop’s or the market’s numbers', () => {
  it('a rule does not read its label inside a 同行/行业 section, nor correct there', () => {
    const root = page(`${cards('')}<div class="peer"><h4>同行同层优秀</h4><div class="c"><div>万相台消耗</div><div>¥9,900.00</div></div><div class="c"><div>退款金额</div><div>¥7.00</div></div></div>`);
    const result = read(root, [rule(), rule({ id: 4, label: '退款金额', labelText: '退款金额', metric: 'adSpend', replaces: 'refundAmount' })]);
    expect(today(result)?.adSpend).toBe(1024);
    expect(today(result)?.refundAmount).toBeUndefined();
    const only = read(root);
    expect(today(only)?.adSpend).toBeUndefined();
    expect(only.applied).toEqual([]);
  });

  it('a rule whose label names a peer number (taught before this was refused) never applies', () => {
    const peer = rule({ id: 5, label: '同行平均访客数', labelText: '同行平均访客数', metric: 'uv' });
    expect(rulesForConsole([rule(), peer], 'taobao', 'sycm.taobao.com').map((r) => r.id)).toEqual([1]);
  });
});

describe('which rules apply', () => {
  it('only enabled rules of this console (platform and host)', () => {
    const rules = [rule(), rule({ id: 2, enabled: false }), rule({ id: 3, host: 'myseller.taobao.com' }), rule({ id: 4, platform: 'jd', host: 'sz.jd.com' })];
    expect(rulesForConsole(rules, 'taobao', 'sycm.taobao.com').map((r) => r.id)).toEqual([1]);
  });

  it('rules that read a metric make one label table; "not a metric" rules add no label', () => {
    expect(readingLabels([rule(), rule({ id: 2, labelText: '全站推广' }), rule({ id: 3, metric: null, labelText: '直播间访客' })])).toEqual({ adSpend: ['万相台消耗', '全站推广'] });
  });
});
