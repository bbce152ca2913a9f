// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageReads } from '@/lib/content/page-reads';
import { metricAnchors, readContextOf, type MetricAnchor } from '@/lib/guidance/anchors';
import type { MetricHint } from '@/lib/guidance/types';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { platformById } from '@/lib/platforms/registry';
import { rule } from '../rules/fixtures';

/**
 * Metric anchors from the page's reader (lib/content/page-reads.ts: its latest read and label
 * trace) must be the anchors the overlay's way of marking the page gives (a second read): the
 * cheap path is only a cheaper way to the same places. On the console fixtures the e2e serve.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/console');
const at = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const base = { rules: [], crossCheckTolerance: 0.02 };
const key = (a: MetricAnchor) => `${a.metric}|${a.date ?? ''}|${a.node.textContent?.trim()}`;

function load(folder: string, file: string, url: string) {
  at(url);
  const html = readFileSync(path.join(FIXTURES, folder, file), 'utf8');
  const platform = (folder === 'guidance' ? 'taobao' : folder) as PlatformId;
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const adapter = platformById(platform);
  const pageKind = adapter.detectPage(new URL(url)) as PageKind;
  const reads = pageReads(adapter);
  const read = adapter.readDom?.(document, readContextOf(pageKind));
  if (read) reads.publish(read);
  return { adapter, pageKind, reads, read };
}

const hintsFor = (metrics: readonly ShopMetricKey[], date: string): MetricHint[] =>
  metrics.map((metric) => ({ metric, tip: { id: metric, rule: 'uvDrop', date, score: 50, severity: 'medium', params: {}, evidence: [], numbers: { tab: 'report' } } }));

/** Fixture folder, file, the console URL it is served under (the routes files beside each fixture). */
const PAGES: [string, string, string][] = [
  ['taobao', 'sycm-home.html', 'https://sycm.taobao.com/portal/home.htm'],
  ['taobao', 'sycm-flow-sources.html', 'https://sycm.taobao.com/flow/monitor/shopsource/construction'],
  ['taobao', 'sycm-home-shop2.html', 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=shop2'],
  ['amazon', 'business-reports-by-date.html', 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByTime'],
];

describe('metric anchors from the reader', () => {
  it.each(PAGES)('%s %s: the same anchors as marking the page again, for hints on every day the page shows', (platform, file, url) => {
    const { adapter, pageKind, reads, read } = load(platform, file, url);
    expect(read?.shopDays.length, 'the fixture shows numbers').toBeGreaterThan(0);
    for (const day of read!.shopDays) {
      const guidance = { ...base, metrics: hintsFor(Object.keys(day.metrics) as ShopMetricKey[], day.date) };
      const full = metricAnchors(document, adapter, pageKind, guidance).map(key).sort();
      const cheap = metricAnchors(document, adapter, pageKind, guidance, reads).map(key).sort();
      // Every place a hint would take is the same (anchorFor looks for the hint's day first).
      for (const hint of guidance.metrics) {
        const wanted = (list: string[]) => list.filter((k) => k.startsWith(`${hint.metric}|${day.date}|`));
        expect(wanted(cheap), `${hint.metric} on ${day.date}`).toEqual(wanted(full));
      }
    }
  });

  it('takes no second read where the trace places every hinted number', () => {
    const { adapter, pageKind, reads, read } = load('taobao', 'sycm-home.html', 'https://sycm.taobao.com/portal/home.htm');
    const day = read!.shopDays.find((d) => d.metrics.conversionRate !== undefined)!;
    const readDom = vi.spyOn(adapter, 'readDom');
    const anchors = metricAnchors(document, adapter, pageKind, { ...base, metrics: hintsFor(['conversionRate'], day.date) }, reads);
    expect(anchors.some((a) => a.metric === 'conversionRate' && a.date === day.date)).toBe(true);
    expect(readDom).not.toHaveBeenCalled();
    readDom.mockRestore();
  });

  it('reads the page again where the seller taught this console rules (their numbers are not in the built-in trace)', () => {
    const { adapter, pageKind, reads } = load('taobao', 'sycm-home.html', 'https://sycm.taobao.com/portal/home.htm');
    const trace = vi.spyOn(reads, 'traceShop');
    metricAnchors(document, adapter, pageKind, { ...base, rules: [rule({ id: 1, label: '直播间访客', labelText: '直播间访客', metric: 'uv' })], metrics: [] }, reads);
    expect(trace).not.toHaveBeenCalled();
  });

  it("marks the page the overlay's way while the reader has not read it (or read nothing: numbers from the JSON)", () => {
    const { adapter, pageKind, read } = load('taobao', 'sycm-home.html', 'https://sycm.taobao.com/portal/home.htm');
    const day = read!.shopDays.find((d) => d.metrics.conversionRate !== undefined)!;
    const unread = pageReads(adapter);
    const trace = vi.spyOn(unread, 'traceShop');
    const guidance = { ...base, metrics: hintsFor(['conversionRate'], day.date) };
    const anchors = metricAnchors(document, adapter, pageKind, guidance, unread);
    expect(trace).not.toHaveBeenCalled();
    expect(anchors.map(key).sort()).toEqual(metricAnchors(document, adapter, pageKind, guidance).map(key).sort());
    unread.publish(undefined);
    metricAnchors(document, adapter, pageKind, guidance, unread);
    expect(trace).not.toHaveBeenCalled();
  });

  it('whenRead settles with the first read, at once once read', async () => {
    const reads = pageReads(platformById('taobao'));
    const signal = new AbortController().signal;
    const first = reads.whenRead(signal);
    const extraction = { shopDays: [], items: [] };
    reads.publish(extraction);
    await expect(first).resolves.toBe(extraction);
    await expect(reads.whenRead(signal)).resolves.toBe(extraction);
  });
});
