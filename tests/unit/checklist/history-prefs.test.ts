import { describe, expect, it } from 'vitest';
import { DEFAULT_DUTIES, DEFAULT_DUTY_IDS } from '@/lib/checklist/duties';
import { monthSheet } from '@/lib/checklist/export';
import { toCsv } from '@/lib/export/csv';
import { compare, pickHeadline, withDerived } from '@/lib/checklist/headline';
import { currentStreak, isComplete, longestStreak, monthTable } from '@/lib/checklist/history';
import {
  addCustomDuty,
  isDefault,
  listDuties,
  moveDuty,
  removeCustomDuty,
  restoreDefaults,
  setHidden,
  visibleDuties,
} from '@/lib/checklist/prefs';
import { dutyHint, dutyName } from '@/lib/checklist/text';
import { translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';

const prefs0 = DEFAULT_SETTINGS.checklist;
const ids = (p: typeof prefs0) => visibleDuties(p).map((d) => d.id);
const zh = translator('zh-CN');
const full = (total = 11) => ({ done: DEFAULT_DUTY_IDS.slice(0, total), total });
const partial = { done: ['shop-check'], total: 11 };

describe('customising the list', () => {
  it('hides, shows and reorders with buttons; the order is kept', () => {
    let p = setHidden(prefs0, 'ads', true);
    expect(ids(p)).not.toContain('ads');
    expect(listDuties(p).find((d) => d.duty.id === 'ads')!.hidden).toBe(true);
    p = moveDuty(p, 'proposal', -1);
    expect(ids(p).slice(6, 9)).toEqual(['campaign-review', 'proposal', 'rules']);
    p = moveDuty(p, 'shop-check', -1); // already first: unchanged
    expect(ids(p)[0]).toBe('shop-check');
    p = setHidden(p, 'ads', false);
    expect(ids(p)).toContain('ads');
    expect(isDefault(p)).toBe(false);
    expect(isDefault(restoreDefaults(p))).toBe(true);
  });

  it('adds the seller’s own duty last, with auto-tick pages; ids are unique; removing forgets it everywhere', () => {
    const a = addCustomDuty(moveDuty(prefs0, 'rules', -1), { name: ' 回复买家秀 ', pageKinds: ['reviews'] }, 1_773_100_000_000);
    expect(a.id).toMatch(/^custom-[a-z0-9]+$/);
    expect(ids(a.prefs).at(-1)).toBe(a.id);
    const b = addCustomDuty(a.prefs, { name: '回复买家秀' }, 1_773_100_000_000);
    expect(b.id).toBe(`${a.id}-2`);
    const custom = visibleDuties(b.prefs).find((d) => d.id === a.id)!;
    expect(dutyName(zh, custom)).toBe('回复买家秀');
    expect(custom.pageKinds).toEqual(['reviews']);
    expect(custom.link).toBe('reviews');
    // What the options page stores passes the settings schema.
    expect(parseSettings({ ...DEFAULT_SETTINGS, checklist: b.prefs }).ok).toBe(true);
    const c = removeCustomDuty(setHidden(b.prefs, a.id, true), a.id);
    expect(listDuties(c).map((d) => d.duty.id)).not.toContain(a.id);
    expect(c.hidden).toEqual([]);
    expect(c.order).not.toContain(a.id);
  });

  it('unknown or duplicated ids in stored prefs are ignored, not shown twice', () => {
    const p = { ...prefs0, order: ['rules', 'rules', 'gone', 'shop-check'], hidden: ['gone'] };
    expect(ids(p).slice(0, 2)).toEqual(['rules', 'shop-check']);
    expect(ids(p)).toHaveLength(11);
  });

  it('settings reject a custom duty with a bad id, empty name, duplicate id or unknown page', () => {
    const withCustom = (custom: unknown[]) => parseSettings({ checklist: { custom } });
    expect(withCustom([{ id: 'Custom 1', name: 'x' }]).ok).toBe(false);
    expect(withCustom([{ id: 'custom-a', name: '  ' }]).ok).toBe(false);
    expect(withCustom([{ id: 'custom-a', name: 'x' }, { id: 'custom-a', name: 'y' }]).ok).toBe(false);
    expect(withCustom([{ id: 'custom-a', name: 'x', pageKinds: ['nowhere'] }]).ok).toBe(false);
    const ok = withCustom([{ id: 'custom-a', name: 'x' }]);
    expect(ok.ok && ok.value.checklist.custom[0]!.pageKinds).toEqual([]);
  });

  it('hints quote the seller’s thresholds', () => {
    const t = { ...DEFAULT_SETTINGS.thresholds, delistNoSaleDays: 45, ratingFloor: 4.7 };
    const inventory = DEFAULT_DUTIES.find((d) => d.id === 'inventory')!;
    const fundamentals = DEFAULT_DUTIES.find((d) => d.id === 'fundamentals')!;
    expect(dutyHint(zh, inventory, t)).toContain('45 天无销量');
    expect(dutyHint(zh, fundamentals, t)).toContain('4.7 以上');
    expect(dutyHint(zh, inventory, DEFAULT_SETTINGS.thresholds)).toContain('30 天无销量');
  });
});

describe('streaks', () => {
  const records = new Map([
    ['2026-03-05', full()],
    ['2026-03-06', full()],
    ['2026-03-07', partial],
    ['2026-03-08', full()],
    ['2026-03-09', full(10)],
  ]);
  it('count complete days back from yesterday while today is still open', () => {
    expect(currentStreak(records, '2026-03-10')).toBe(2);
  });
  it('include today once today is complete', () => {
    expect(currentStreak(new Map([...records, ['2026-03-10', full()]]), '2026-03-10')).toBe(3);
  });
  it('break on a day without any record', () => {
    expect(currentStreak(records, '2026-03-11')).toBe(0);
  });
  it('a day is complete against that day’s own total', () => {
    expect(isComplete({ done: ['a'], total: 1 })).toBe(true);
    expect(isComplete({ done: [], total: 0 })).toBe(false);
  });
  it('the longest run in a span', () => {
    expect(longestStreak(records, '2026-03-01', '2026-03-31')).toBe(2);
  });
});

describe('月度考核表', () => {
  const duties = DEFAULT_DUTIES;
  const records = new Map([
    ['2026-03-03', { done: ['shop-check', 'daily-report'], total: 10 }],
    ['2026-03-04', full()],
    ['2026-03-05', full()],
  ]);
  const table = monthTable('2026-03', duties, records, '2026-03-06', '2026-03-03');

  it('days × duties, blank before ShopMate and after today, zero on idle days', () => {
    expect(table.rows).toHaveLength(31);
    expect(table.rows[0]!.state).toBe('before');
    expect(table.rows[2]).toMatchObject({ date: '2026-03-03', state: 'day', doneCount: 2, total: 10, complete: false });
    expect(table.rows[5]).toMatchObject({ date: '2026-03-06', state: 'day', doneCount: 0, total: 11 });
    expect(table.rows[6]!.state).toBe('future');
    expect(table.perDuty['shop-check']).toBe(3);
    expect(table.perDuty.service).toBe(2);
    expect(table).toMatchObject({ doneTotal: 24, dueTotal: 43, completeDays: 2, countedDays: 4, longestStreak: 2 });
    expect(table.rate).toBeCloseTo(24 / 43);
  });

  it('exports as a sheet and a CSV that Excel/WPS open as UTF-8', () => {
    const names = duties.map((d) => dutyName(zh, d));
    const { columns, rows } = monthSheet(table, names, { date: '日期', done: '完成', due: '应做', rate: '完成率', total: '合计', tick: '✓' });
    expect(rows).toHaveLength(31 + 1);
    const csv = toCsv(columns, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(`日期,${names.join(',')},完成,应做,完成率`);
    expect(lines[3]).toBe('2026-03-03,✓,,✓,,,,,,,,,2,10,20.0%');
    expect(lines[1]).toBe(`2026-03-01${','.repeat(14)}`);
    expect(lines[7]).toBe(`2026-03-07${','.repeat(14)}`);
    expect(lines[32]).toBe('合计,3,2,3,2,2,2,2,2,2,2,2,24,43,55.8%');
  });

  it('a custom duty named like a formula stays text', () => {
    const { columns, rows } = monthSheet(table, ['=HYPERLINK("x")'], { date: 'd', done: 'n', due: 'N', rate: 'r', total: 't', tick: '✓' });
    expect(toCsv(columns.slice(0, 2), rows.slice(0, 1)).slice(1).split('\r\n')[0]).toBe('d,"\'=HYPERLINK(""x"")"');
  });
});

describe('headline numbers', () => {
  it('derives conversion and AOV from their parts, never dividing by zero', () => {
    expect(withDerived({ salesAmount: 5000, paidBuyers: 40, uv: 2000 }).metrics).toMatchObject({ conversionRate: 0.02, aov: 125 });
    const zero = withDerived({ salesAmount: 0, paidBuyers: 0, uv: 0 }).metrics;
    expect(zero.conversionRate).toBeUndefined();
    expect(zero.aov).toBeUndefined();
  });

  it('compares with the day before: arrows and percentages; missing stays missing', () => {
    const values = compare({ salesAmount: 5500, uv: 2000, paidBuyers: 44 }, { salesAmount: 5000, uv: 2000, paidBuyers: 50, aov: 100 });
    const by = Object.fromEntries(values.map((v) => [v.metric, v]));
    expect(by.salesAmount).toMatchObject({ direction: 'up' });
    expect(by.salesAmount!.change).toBeCloseTo(0.1);
    expect(by.uv).toMatchObject({ direction: 'flat', change: 0 });
    expect(by.conversionRate).toMatchObject({ direction: 'down', derived: true });
    expect(by.aov!.value).toBeCloseTo(125);
    expect(compare({ uv: 10 }, undefined)[1]).toMatchObject({ value: 10, change: undefined, direction: undefined });
    expect(compare({}, { uv: 1 })[1]!.value).toBeUndefined();
  });

  it('shows today when captured, else yesterday, else nothing', () => {
    const rows = new Map([
      ['2026-03-09', { uv: 100 }],
      ['2026-03-08', { uv: 80 }],
    ]);
    expect(pickHeadline(rows, '2026-03-10')).toMatchObject({ which: 'yesterday', date: '2026-03-09', previousDate: '2026-03-08' });
    expect(pickHeadline(new Map([...rows, ['2026-03-10', { uv: 50 }]]), '2026-03-10')).toMatchObject({ which: 'today' });
    expect(pickHeadline(new Map([['2026-03-10', { dsr: 4.8 }]]), '2026-03-10')).toBeUndefined();
  });
});
