// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RATING as AMAZON, RATING_COLUMNS } from '@/lib/platforms/amazon/extract';
import { RATING as DOUYIN, shopLabels as douyinLabels } from '@/lib/platforms/douyin/extract';
import { RATING as JD, shopLabels as jdLabels } from '@/lib/platforms/jd/extract';
import { RATING as PINDUODUO, shopLabels as pddLabels } from '@/lib/platforms/pinduoduo/extract';
import { RATING as TAOBAO, shopLabels as taobaoLabels } from '@/lib/platforms/taobao/extract';
import type { RatingLabels } from '@/lib/extract/rating';
import { checkSynonymTable, dayOf, fixtureHtml, readPage, TODAY } from './extract-helpers';

/**
 * The shop's DSR / 店铺评分 / feedback rating read from each console's pages (stored out of 5 for
 * today, what lib/analysis's dsrFloor tip and the daily report read as shopDaily.metrics.dsr), and
 * Amazon's per-item star ratings (items.rating, what the ratingFloor tip reads).
 */

const TAOBAO_REVIEWS = 'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?shopmate-fixture=dsr';
const PDD_REVIEWS = 'https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav';
const JD_REVIEWS = 'https://shop.jd.com/jdm/comment/list';
const FEEDBACK = 'https://sellercentral.amazon.com/feedback-manager/index.html';
const VOC = 'https://sellercentral.amazon.com/voice-of-the-customer/ref=xx_voc_dnav_xx';

const html = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const card = (label: string, value: string) => `<div><div>${label}</div><div>${value}</div></div>`;

describe('Taobao DSR', () => {
  it('千牛 评价管理: the lowest of 描述相符 / 服务态度 / 物流服务 (4.79), for today only', () => {
    const out = readPage('taobao', fixtureHtml('taobao', 'qianniu-reviews-dsr.html'), TAOBAO_REVIEWS);
    expect(out).toEqual({ shopDays: [{ date: TODAY, metrics: { dsr: 4.79 } }], items: [] });
  });

  it('a 评价 page without a DSR card gives nothing (the checklist page: reviews to answer only)', () => {
    expect(readPage('taobao', fixtureHtml('taobao', 'checklist-reviews.html'), 'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC')).toBeUndefined();
  });

  it('a dashboard card adds the DSR to today, next to the day numbers; a dated section keeps its own day', () => {
    const page = html(`
      <section><h3>实时概况 <small>更新时间 2026-11-22 10:02</small></h3>${card('访客数', '1,208')}${card('支付金额', '¥3,456.70')}</section>
      <section><h3>核心指标 <small>统计时间 2026-11-21</small></h3>${card('访客数', '10,800')}${card('支付金额', '¥11,600.00')}</section>
      <section>${card('店铺综合体验分', '4.7')}</section>`);
    const out = readPage('taobao', page, 'https://sycm.taobao.com/portal/home.htm');
    expect(dayOf(out, TODAY)).toEqual({ uv: 1208, salesAmount: 3456.7, dsr: 4.7 });
    expect(dayOf(out, '2026-11-21')).toEqual({ uv: 10800, salesAmount: 11600 });
  });

  it('a DSR shown as "-" or 0 (a new shop) is missing', () => {
    const dims = (v: string) => html(`<div>${card('描述相符', '4.8')}${card('服务态度', v)}${card('物流服务', '4.8')}</div>`);
    expect(readPage('taobao', dims('-'), TAOBAO_REVIEWS)).toBeUndefined();
    expect(readPage('taobao', dims('0.0'), TAOBAO_REVIEWS)).toBeUndefined();
  });
});

describe('Pinduoduo 店铺评分', () => {
  it('评价管理: the lowest dimension (4.78); buyers\' star counts per review are not item ratings', () => {
    const out = readPage('pinduoduo', fixtureHtml('pinduoduo', 'evaluation.html'), PDD_REVIEWS);
    expect(out).toEqual({ shopDays: [{ date: TODAY, metrics: { dsr: 4.78 } }], items: [] });
  });

  it('a score drawn in the obfuscating font is unreadable: missing, not a neighbour', () => {
    const pua = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0xe600 + Number(d)));
    const page = html(`<div class="g">${card('描述相符', '4.78')}${card('物流服务', pua('4.85'))}${card('服务态度', '4.90')}</div>`);
    expect(readPage('pinduoduo', page, PDD_REVIEWS)).toBeUndefined();
  });

  it('首页 adds the score to today\'s 今日数据', () => {
    const page = html(`<section><h3>今日数据</h3>${card('成交金额(元)', '3,456.70')}${card('店铺访客数', '1,208')}</section><section>${card('店铺评价分', '4.82')}</section>`);
    expect(dayOf(readPage('pinduoduo', page, 'https://mms.pinduoduo.com/home/'), TODAY)).toEqual({ salesAmount: 3456.7, uv: 1208, dsr: 4.82 });
  });
});

describe('JD 店铺评分 (out of 10)', () => {
  it('京麦 评价管理: 物流履约 9.65 is the lowest → 4.825 out of 5; the 商品评价 tab count is not a score', () => {
    const out = readPage('jd', fixtureHtml('jd', 'comment-list.html'), JD_REVIEWS);
    expect(out).toEqual({ shopDays: [{ date: TODAY, metrics: { dsr: 4.825 } }], items: [] });
  });

  it('a dashboard "店铺评分 9.6" is stored as 4.8, never as 9.6 on the 5-point floor', () => {
    const page = html(`<section>${card('成交金额', '¥3,268.50')}${card('访客数', '3,105')}</section><aside>${card('店铺评分', '9.60')}</aside>`);
    expect(dayOf(readPage('jd', page, 'https://sz.jd.com/sz/view/indexs/index.html'), TODAY)?.dsr).toBe(4.8);
  });
});

describe('Douyin 店铺口碑分', () => {
  it('reads the 5-point 口碑分; 商家体验分 (out of 100) is not a DSR', () => {
    const page = html(`${card('商家体验分', '92')}${card('店铺口碑分', '4.86')}`);
    expect(readPage('douyin', page, 'https://fxg.jinritemai.com/ffa/g/comment')).toEqual({ shopDays: [{ date: TODAY, metrics: { dsr: 4.86 } }], items: [] });
    expect(readPage('douyin', html(card('商家体验分', '92')), 'https://fxg.jinritemai.com/ffa/g/comment')).toBeUndefined();
  });
});

describe('Amazon ratings', () => {
  it('Feedback Manager: the feedback rating "4.7 out of 5" as the shop DSR; shares and counts are not ratings', () => {
    expect(readPage('amazon', fixtureHtml('amazon', 'feedback-manager.html'), FEEDBACK)).toEqual({ shopDays: [{ date: TODAY, metrics: { dsr: 4.7 } }], items: [] });
  });

  it('a rating carries no currency: read on the European console too; a decimal comma is not read', () => {
    const eu = FEEDBACK.replace('sellercentral.amazon.com', 'sellercentral-europe.amazon.com');
    expect(dayOf(readPage('amazon', fixtureHtml('amazon', 'feedback-manager.html'), eu), TODAY)).toEqual({ dsr: 4.7 });
    expect(readPage('amazon', html(card('Feedback rating', '4,7 von 5')), eu)).toBeUndefined();
  });

  it('Voice of the Customer: each ASIN\'s star rating as items.rating; "—" stays missing; shortened names are not titles', () => {
    const out = readPage('amazon', fixtureHtml('amazon', 'voice-of-the-customer.html'), VOC);
    expect(out).toEqual({ shopDays: [], items: [{ itemId: 'B123456789', rating: 4.6 }, { itemId: 'B234567890', rating: 4.2 }] });
  });
});

describe('rating label tables (data)', () => {
  const tableOf = (r: RatingLabels) => ({
    ...(r.overall ? { overall: [...r.overall] } : {}),
    ...Object.fromEntries((r.dimensions ?? []).map((d, i) => [`d${i}`, [...d]])),
  });

  it.each([
    ['taobao', TAOBAO],
    ['pinduoduo', PINDUODUO],
    ['jd', JD],
    ['douyin', DOUYIN],
    ['amazon', AMAZON],
  ] as const)('%s: valid, unambiguous synonyms', (_, rating) => {
    const table = tableOf(rating);
    checkSynonymTable(table, Object.keys(table));
  });

  it('the day-number readers leave DSR to the rating reader (no scale-blind "店铺评分" read)', () => {
    for (const labels of [taobaoLabels(), pddLabels(), jdLabels(), douyinLabels()]) expect(labels).not.toHaveProperty('dsr');
    expect(Object.keys(RATING_COLUMNS)).toEqual(['itemId', 'rating']);
  });
});
