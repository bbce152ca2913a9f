import { describe, expect, it } from 'vitest';
import type { PageGuidance } from '@/lib/guidance/types';
import { guidanceWords } from '@/lib/guidance/words';
import { conversionTip } from './fixtures';

/**
 * The in-page layer's words, said by the background (issue 19, "cheap"): the page's guidance
 * file carries no catalogue and no Intl, so every string it shows comes in the reply — a metric
 * chip's words in both forms (beside the tip's own day, or naming its day beside another), the
 * card's title and advice, each item's marks with reasons, the layer's own buttons.
 */

const tip = conversionTip();

const guidance: PageGuidance = {
  kind: 'metrics',
  shopKey: 'taobao:57300001',
  language: 'zh-CN',
  currency: 'CNY',
  metrics: [{ metric: 'conversionRate', tip }],
  items: [
    { itemId: 'a', rating: { rating: 4.6, floor: 4.8 }, titleEdits: { count: 1, max: 2, hours: 24 } },
    { itemId: 'plain' },
  ],
  campaigns: [],
  rules: [],
  crossCheckTolerance: 0.05,
};

describe('the words the background sends with a page’s guidance', () => {
  it('a metric chip in both forms, its accessible name and its card, in Chinese', () => {
    const w = guidanceWords(guidance, 'zh-CN');
    const m = w.metrics['conversionDrop:2026-11-21']!;
    expect(m.text).toBe('比近 7 天均值低 27%');
    expect(m.ofDay).toBe('11月21日：比近 7 天均值低 27%');
    expect(m.compact).toBe('↓27%');
    expect(m.label).toBe('转化率：比近 7 天均值低 27%。按 Enter 查看原因和建议');
    expect(m.labelOfDay).toBe('转化率：11月21日：比近 7 天均值低 27%。按 Enter 查看原因和建议');
    expect(m.title).toMatch(/转化率 2\.96%，比前 7 天平均（4\.05%）低 27/);
    expect(m.body.length).toBeGreaterThan(0);
  });

  it('each item’s marks with reasons; an item without any is left out; the layer’s buttons keep {reason} for the page', () => {
    const w = guidanceWords(guidance, 'zh-CN');
    expect(Object.keys(w.items)).toEqual(['a']);
    expect(w.items.a!.text).toBe('评分预警 · 标题 24 h 内已改 1 次');
    expect(w.items.a!.label).toBe('评分预警 · 标题 24 h 内已改 1 次。按 Enter 查看原因');
    expect(w.items.a!.marks.map((m) => m.kind)).toEqual(['rating', 'titleEdits']);
    expect(w.items.a!.marks[0]!.reason).toContain('宝贝评分 4.6，低于警戒线 4.8');
    expect(w.layer.hideToday).toBe('此页今天不再显示');
    expect(w.layer.openFailed).toBe('没能打开侧边栏：{reason}');
  });

  it('in English when the seller chose English', () => {
    const w = guidanceWords(guidance, 'en');
    expect(w.locale).toBe('en');
    expect(w.metrics['conversionDrop:2026-11-21']!.text).toBe('27% below the 7-day average');
    expect(w.metrics['conversionDrop:2026-11-21']!.ofDay).toBe('Nov 21: 27% below the 7-day average');
    expect(w.layer.close).toBe('Close (Esc)');
  });
});
