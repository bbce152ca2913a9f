import { describe, expect, it } from 'vitest';
import { dayBounds } from '@/lib/day-bounds';
import { DEFAULT_DUTIES, DEFAULT_DUTY_IDS } from '@/lib/checklist/duties';
import { evidenceFor, reasonOf, type EvidenceEvent } from '@/lib/checklist/evidence';
import { dayStates, openCount, summarize } from '@/lib/checklist/status';
import { renderReason, stateReason } from '@/lib/checklist/text';
import { translator } from '@/lib/i18n';
import { PAGE_KINDS, type PageKind } from '@/lib/model/consoles';

const zone = 'Asia/Shanghai';
const date = '2026-03-10';
const bounds = dayBounds(date, zone);
const at = (hhmm: string, day = date) => Date.parse(`${day}T${hhmm}:00+08:00`);
const visit = (pageKind: PageKind, time: string, day = date): EvidenceEvent => ({
  kind: 'visit',
  at: at(time, day),
  pageKind,
  platform: 'taobao',
  url: 'https://myseller.taobao.com/',
});
const duty = (id: string) => DEFAULT_DUTIES.find((d) => d.id === id)!;
const zh = translator('zh-CN');
const en = translator('en');

describe('the default duties', () => {
  it('are the ten of seed 001 in order, then the service follow-ups of seed 003', () => {
    expect(DEFAULT_DUTY_IDS).toEqual([
      'shop-check', 'campaigns', 'daily-report', 'store-pages', 'inventory',
      'ads', 'fundamentals', 'campaign-review', 'rules', 'proposal', 'service',
    ]);
    expect(DEFAULT_DUTIES.map((d) => zh((d.name as { key: never }).key))).toEqual([
      '店铺检查', '活动报名', '数据报表', '店铺页面', '了解库存', '钻展、直通车', '做好内功', '活动分析', '熟悉规则', '提出方案', '客服跟进',
    ]);
  });

  it('every duty can be done somewhere: a console page, or a place in ShopMate', () => {
    for (const d of DEFAULT_DUTIES) expect(d.link ?? d.action, d.id).toBeTruthy();
    for (const d of DEFAULT_DUTIES) for (const k of d.pageKinds) expect(PAGE_KINDS).toContain(k);
  });
});

describe('evidence ticks the matching duty', () => {
  const cases: [string, EvidenceEvent][] = [
    ['shop-check', visit('complaints', '14:02')],
    ['campaigns', visit('campaigns', '10:00')],
    ['store-pages', visit('decoration', '10:00')],
    ['store-pages', visit('itemEdit', '10:00')],
    ['inventory', visit('itemList', '10:00')],
    ['ads', visit('ads', '10:00')],
    ['fundamentals', visit('reviews', '10:00')],
    ['fundamentals', { kind: 'titleEdit', at: at('05:10') }],
    ['rules', visit('rules', '10:00')],
    ['service', visit('orders', '10:00')],
    ['service', visit('service', '10:00')],
    ['daily-report', { kind: 'capture', at: at('09:12'), source: 'api', dataDate: date }],
    ['daily-report', { kind: 'capture', at: at('09:12'), source: 'dom', dataDate: '2026-03-09' }],
    ['campaign-review', { kind: 'campaignReview', at: at('16:40'), name: '三八节' }],
    ['proposal', { kind: 'note', at: at('17:05') }],
  ];
  it.each(cases)('%s ← %j', (id, event) => {
    const ticked = DEFAULT_DUTIES.filter((d) => evidenceFor(d, [event], date, bounds)).map((d) => d.id);
    expect(ticked).toEqual([id]);
  });

  it('pages that are not duties tick nothing', () => {
    for (const kind of ['dashboard', 'traffic', 'trade', 'itemAnalysis'] as const) {
      expect(DEFAULT_DUTIES.filter((d) => evidenceFor(d, [visit(kind, '10:00')], date, bounds))).toEqual([]);
    }
  });

  it('only today counts: yesterday 23:59 and tomorrow 00:00 do not', () => {
    const events = [visit('complaints', '23:59', '2026-03-09'), visit('complaints', '00:00', '2026-03-11')];
    expect(evidenceFor(duty('shop-check'), events, date, bounds)).toBeUndefined();
    expect(evidenceFor(duty('shop-check'), [visit('complaints', '00:00')], date, bounds)).toBeDefined();
  });

  it('a capture of an old trend day is not today’s report', () => {
    const old: EvidenceEvent = { kind: 'capture', at: at('09:12'), source: 'api', dataDate: '2026-02-20' };
    expect(evidenceFor(duty('daily-report'), [old], date, bounds)).toBeUndefined();
  });

  it('the first act of the day is the reason', () => {
    const e = evidenceFor(duty('shop-check'), [visit('complaints', '15:30'), visit('complaints', '14:02')], date, bounds);
    expect(renderReason(zh, reasonOf(e!, zone))).toBe('自动：14:02 打开了违规中心');
    expect(renderReason(en, reasonOf(e!, zone))).toBe('Auto: opened the violations centre at 14:02');
  });

  it('says why for every kind of evidence, in the seller’s time zone', () => {
    const said = (e: EvidenceEvent, tz = zone) => renderReason(zh, reasonOf(e, tz));
    expect(said({ kind: 'capture', at: at('09:12'), source: 'api', dataDate: date })).toBe('自动：09:12 记录了店铺数据');
    expect(said({ kind: 'capture', at: at('09:12'), source: 'import', dataDate: date })).toBe('自动：09:12 导入了数据报表');
    expect(said({ kind: 'campaignReview', at: at('16:40'), name: '三八节' })).toBe('自动：16:40 复盘了活动「三八节」');
    expect(said({ kind: 'note', at: at('17:05') })).toBe('自动：17:05 写下了运营方案');
    expect(said(visit('reviews', '17:05'), 'Europe/Berlin')).toBe('自动：10:05 打开了评价管理');
  });
});

describe('a manual tick or untick beats evidence for that day', () => {
  const duties = DEFAULT_DUTIES;
  const events = [visit('complaints', '14:02'), visit('ads', '15:00')];

  it('evidence ticks, overrides decide, the rest stay open', () => {
    const states = dayStates(duties, events, { ads: { done: false, at: at('15:10') }, rules: { done: true, at: at('08:00') } }, date, bounds);
    const by = Object.fromEntries(states.map((s) => [s.duty.id, `${s.by}:${s.done}`]));
    expect(by['shop-check']).toBe('auto:true');
    expect(by.ads).toBe('manual:false');
    expect(by.rules).toBe('manual:true');
    expect(by.campaigns).toBe('open:false');
    expect(openCount(states)).toBe(9);
    expect(summarize(states)).toEqual({ done: ['shop-check', 'rules'], total: 11 });
    const ads = states.find((s) => s.duty.id === 'ads')!;
    expect(ads.evidence).toBeDefined(); // kept, so the UI can say the seller overrode it
    expect(stateReason(zh, ads, zone)).toBe('15:10 手动取消了自动勾选');
    expect(stateReason(zh, states.find((s) => s.duty.id === 'rules')!, zone)).toBe('08:00 手动勾选');
    expect(stateReason(zh, states.find((s) => s.duty.id === 'campaigns')!, zone)).toBeUndefined();
  });

  it('an override on another day does not leak into this one', () => {
    const states = dayStates(duties, events, undefined, date, bounds);
    expect(states.find((s) => s.duty.id === 'ads')!.by).toBe('auto');
  });

  it('an inherited property name is not an override', () => {
    const overrides = JSON.parse('{"__proto__": {"done": true, "at": 1}}') as Record<string, { done: boolean; at: number }>;
    const states = dayStates(duties, [], overrides, date, bounds);
    expect(states.every((s) => s.by === 'open')).toBe(true);
  });
});
