// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorForHint, metricAnchors } from '@/lib/guidance/anchors';
import type { MetricHint } from '@/lib/guidance/types';
import { platformById } from '@/lib/platforms/registry';

/**
 * Metric anchors found by meaning (issue 19) where the DOM read takes nothing: 拼多多 经营数据 draws
 * its digits in an obfuscating font (the numbers are read from its JSON); a card whose day the page
 * does not say shows plain numbers that equal what was stored. The markup is what the e2e fixtures
 * render (tests/fixtures/console/pinduoduo/sycm-operation.html, douyin/compass-home.html).
 */

const glyphs = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xe600 + Number(d)));
const cell = (label: string, value: string) => `<div class="cell"><span>${label}</span><strong>${value}</strong><em>较前一日 ${glyphs('+2.1%')}</em></div>`;
const at = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const base = { rules: [], crossCheckTolerance: 0.02 };

function pddPage() {
  at('https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21');
  document.body.innerHTML = `<header><b>拼多多商家后台</b> <span class="mall-name">小鹿家居拼多多店</span></header><main>
    <div class="panel"><h3>交易数据</h3><p>统计时间 2026-11-21</p><div class="grid">${cell('成交金额', glyphs('¥12,864.50'))}${cell('成交买家数', glyphs('171'))}</div></div>
    <div class="panel"><h3>流量数据</h3><p>统计时间 2026-11-21</p><div class="grid">${cell('店铺访客数', glyphs('3,783'))}${cell('商品访客数', glyphs('3,410'))}</div></div></main>`;
}

const hint = (metric: MetricHint['metric'], near?: MetricHint['near']): MetricHint => ({
  metric,
  ...(near ? { near } : {}),
  tip: { id: 't', rule: 'uvDrop', date: '2026-12-06', score: 50, severity: 'medium', params: {}, evidence: [], numbers: { tab: 'report' } },
});

describe('metric anchors by meaning', () => {
  it('拼多多 经营数据: the unreadable number right after 店铺访客数 (not 商品访客数, not the comparison), no day claimed', () => {
    pddPage();
    const anchors = metricAnchors(document, platformById('pinduoduo'), 'dashboard', { ...base, stored: { uv: { '2026-11-21': 3783, '2026-12-06': 6000 } } });
    expect(anchors.map((a) => [a.metric, a.date, a.node.textContent])).toEqual([['uv', undefined, glyphs('3,783')]]);
    expect(anchorForHint(anchors, hint('uv'))?.node.parentElement?.previousElementSibling?.textContent).toBe('店铺访客数');
  });

  it('nothing by meaning for a metric no hint is about (nothing stored sent), nor on a label with a plain unlabelled word after it', () => {
    pddPage();
    expect(metricAnchors(document, platformById('pinduoduo'), 'dashboard', { ...base, stored: {} })).toEqual([]);
    document.querySelector('.cell strong')!.textContent = '加载中';
    expect(metricAnchors(document, platformById('pinduoduo'), 'dashboard', { ...base, stored: { salesAmount: { '2026-11-21': 12864.5 } } })).toEqual([]);
  });

  it('a readable number the DOM read did not take: anchored when it equals a stored value, with that day', () => {
    pddPage();
    // Digits drawn plainly (no obfuscating font this time): 拼多多's DOM is not read on 经营数据 (its JSON is).
    for (const strong of document.querySelectorAll('strong')) strong.textContent = [...strong.textContent!].map((ch) => (ch >= '\ue600' && ch <= '\ue609' ? String(ch.charCodeAt(0) - 0xe600) : ch)).join('');
    const stored = { refundRate: {}, paidBuyers: { '2026-11-21': 171, '2026-11-20': 140 }, salesAmount: { '2026-11-20': 10422.8 } };
    const anchors = metricAnchors(document, platformById('pinduoduo'), 'dashboard', { ...base, stored });
    expect(anchors.map((a) => [a.metric, a.date, a.node.textContent])).toEqual([['paidBuyers', '2026-11-21', '171']]);
    // A tip whose own metric the page does not show sits beside the next one it cites.
    expect(anchorForHint(anchors, hint('refundRate', ['paidBuyers']))?.metric).toBe('paidBuyers');
  });
});
