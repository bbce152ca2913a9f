#!/usr/bin/env node
/* global chrome, document, indexedDB, MutationObserver, untilRendered -- these parts run inside extension pages */
/**
 * The analysis at a large seller's scale, in real Chromium with the built extension:
 * 2 shops × 2,000 items × 365 days of item history (1.46 million item-day rows) plus a year of
 * shop days, stored through the background's real message path (importReport → capture store →
 * item rollups), then timed as the side panel experiences it:
 *   - opening the side panel to a rendered daily report (page load, tab, table and charts drawn);
 *   - lifecycle stages of all items (analysis.lifecycle, message round trip included);
 *   - the price × conversion quadrant (analysis.quadrant);
 *   - the tips (analysis.tips);
 * plus, for information, the hero/delist picks and the 宝贝 tab rendered.
 * Target: each under 300 ms on a 2-core machine. Figures are medians of RUNS warm runs; the first
 * (cold) run is printed apart.
 *
 * Env: SHOPMATE_OUT_DIR (build folder, default .output-bench), SHOPMATE_SKIP_BUILD=1 to reuse it,
 * BENCH_ITEMS / BENCH_DAYS to scale down for a quick look.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchWithExtension } from '../chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = process.env.SHOPMATE_OUT_DIR ?? '.output-bench';
const EXT = path.join(ROOT, OUT, 'chrome-mv3');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const DAYS = Number(process.env.BENCH_DAYS ?? 365);
const SHOPS = [
  { platform: 'taobao', shopId: '57300001', name: '小鹿家居旗舰店' },
  { platform: 'taobao', shopId: '57300002', name: '小鹿家居专营店' },
];
const CHUNK_DAYS = 15; // days of all items per importReport message (30,000 item-days)
const RUNS = 7;
const TARGET_MS = 300;

if (process.env.SHOPMATE_SKIP_BUILD !== '1' || !existsSync(EXT)) {
  console.log(`building the extension into ${OUT} …`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, SHOPMATE_OUT_DIR: OUT } });
}

// BENCH_PROFILE=<dir> keeps the seeded browser profile there and reuses it on the next run.
const keep = process.env.BENCH_PROFILE;
const userDataDir = keep ?? mkdtempSync(path.join(tmpdir(), 'shopmate-bench-'));
const seeded = keep !== undefined && existsSync(path.join(keep, 'shopmate-bench-seeded'));
const context = await launchWithExtension(EXT, userDataDir, { viewport: { width: 420, height: 900 }, language: 'zh-CN' });
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;
const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;

// In every extension page: untilRendered(tab, what) clicks the tab once it exists and resolves,
// when rendered[what]() first holds, with { total: ms since navigation start, reveal: ms the
// tab's chunk took to load while the panel showed its loading line, own: ms from the tab's first render to done }.
await context.addInitScript(() => {
  const rendered = {
    report: () =>
      document.querySelectorAll('[data-testid="daily-report"] tbody tr').length >= 30 && document.querySelectorAll('[data-testid="trend-plot"] canvas').length === 4,
    items: () =>
      !!document.querySelector('[data-testid="quadrant-plot"] canvas') &&
      document.querySelectorAll('[aria-busy="true"]').length === 0 &&
      document.querySelectorAll('.an-section').length === 5,
  };
  globalThis.untilRendered = (tabName, what) =>
    new Promise((resolve) => {
      let fallbackAt;
      let firstRenderAt;
      const check = () => {
        const tab = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent === tabName);
        if (!tab) return;
        if (tab.getAttribute('aria-selected') !== 'true') return tab.click();
        const panel = document.querySelector('[role="tabpanel"]');
        const shown = panel?.firstElementChild;
        if (shown && fallbackAt === undefined && shown.matches('p.empty')) fallbackAt = performance.now();
        if (shown && firstRenderAt === undefined && !shown.matches('p.empty')) firstRenderAt = performance.now();
        if (rendered[what]()) {
          observer.disconnect();
          const now = performance.now();
          resolve({ total: now, reveal: firstRenderAt - (fallbackAt ?? firstRenderAt), own: now - firstRenderAt });
        }
      };
      const observer = new MutationObserver(check);
      const start = () => {
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
        check();
      };
      if (document.documentElement) start();
      else document.addEventListener('readystatechange', start, { once: true });
    });
});

const localDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const TODAY = localDate(new Date());

try {
  // ---------------------------------------------------------------------------------------------
  // Seeding, through the background's message path (an extension page sends importReport).
  const rows = SHOPS.length * ITEMS * DAYS;
  if (!seeded) {
    const seeder = await context.newPage();
    await seeder.goto(pageUrl('options.html'));
    const seedStart = performance.now();
    const captureMs = [];
    for (const [s, shop] of SHOPS.entries()) {
      for (let first = DAYS; first >= 1; first -= CHUNK_DAYS) {
        const last = Math.max(1, first - CHUNK_DAYS + 1);
        const ms = await seeder.evaluate(seedChunk, { shop, shopIndex: s, items: ITEMS, firstOffset: first, lastOffset: last, today: TODAY, withShopDays: true });
        captureMs.push(ms);
        process.stdout.write(`\r  seeding ${shop.name}: ${DAYS - last + 1}/${DAYS} days`);
      }
      process.stdout.write('\n');
    }
    console.log(
      `seeded ${SHOPS.length} shops × ${ITEMS.toLocaleString('en')} items × ${DAYS} days = ${rows.toLocaleString('en')} item-day rows in ${((performance.now() - seedStart) / 1000).toFixed(0)} s ` +
        `(importReport of ${ITEMS.toLocaleString('en')} items × ${CHUNK_DAYS} days, rollups included: median ${median(captureMs).toFixed(0)} ms)`,
    );
    await seeder.close();
    if (keep) writeFileSync(path.join(keep, 'shopmate-bench-seeded'), TODAY);
  }

  const shopKey = `${SHOPS[0].platform}:${SHOPS[0].shopId}`;
  const probe = await context.newPage();
  await probe.goto(pageUrl('options.html'));
  // Wait until the capture hooks' rollup updates have drained (the first query waits for them).
  await probe.evaluate(ask, { type: 'analysis.tips', payload: { shopKey, today: TODAY } });

  const results = [];
  const shiftImportLog = (days) =>
    worker.evaluate(
      (ms) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('shopmate');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('snapshots', 'readwrite');
            tx.objectStore('snapshots').openCursor().onsuccess = (e) => {
              const cursor = e.target.result;
              if (!cursor) return;
              cursor.update({ ...cursor.value, capturedAt: cursor.value.capturedAt + ms });
              cursor.continue();
            };
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      days * 86_400_000,
    );
  const time = async (label, fn) => {
    const cold = await fn();
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await fn());
    results.push({ label, cold, median: median(warm), min: Math.min(...warm), max: Math.max(...warm) });
  };

  for (const [type, label] of [
    ['analysis.lifecycle', `lifecycle stages of all ${ITEMS.toLocaleString('en')} items`],
    ['analysis.quadrant', 'price × conversion quadrant'],
    ['analysis.tips', 'tips'],
    ['analysis.picks', 'hero / delist / rating picks (info)'],
  ]) {
    await time(label, async () => (await probe.evaluate(ask, { type, payload: { shopKey, today: TODAY } })).ms);
  }

  const breakdown = { reveal: [], own: [] };
  const openTab = async (tabName, done) => {
    const page = await context.newPage();
    await page.goto(pageUrl('sidepanel.html'), { waitUntil: 'commit' });
    const ms = await page.evaluate(([name, what]) => untilRendered(name, what), [tabName, done]);
    await page.close();
    return ms;
  };
  const openReport = async () => {
    const ms = await openTab('数据日报', 'report');
    breakdown.reveal.push(ms.reveal);
    breakdown.own.push(ms.own);
    return ms.total;
  };
  // On the day of the import the side panel's first tab (今日) lists today's raw reads, each
  // holding its whole import: timed once as it is, then with the import log dated yesterday
  // (any later day), which is what the figure below measures.
  const importDay = [];
  for (let i = 0; i < 3; i++) importDay.push(await openReport());
  await shiftImportLog(-1);

  // Timed inside the page from navigation start (performance.now()), the tab clicked from the page
  // as soon as it exists: Playwright's own click waits (~100–250 ms of actionability checks) are
  // not the seller's.
  await time('side panel opened to a rendered daily report', openReport);

  const itemsOwn = [];
  await time('宝贝 tab rendered: lifecycle, picks, quadrant (info)', async () => {
    const ms = await openTab('宝贝', 'items');
    itemsOwn.push(ms.own);
    return ms.total;
  });

  console.log(`\nanalysis over ${rows.toLocaleString('en')} item-day rows (${SHOPS.length} shops), Chromium, median of ${RUNS} warm runs (cold = first run):`);
  const warmOnly = (xs) => xs.slice(-RUNS);
  console.log(
    `(the side panel figures count from navigation start, the tab clicked as soon as it exists; of the report's median, ` +
      `${median(warmOnly(breakdown.reveal)).toFixed(0)} ms is loading the tab's code chunk (the panel shows 加载中… meanwhile) and ${median(warmOnly(breakdown.own)).toFixed(0)} ms the report's own work from its first render to the table and the ` +
      `four charts drawn; the 宝贝 tab's own work: ${median(warmOnly(itemsOwn)).toFixed(0)} ms)`,
  );
  results.push({ label: 'side panel to the daily report on the import day itself (info)', cold: importDay[0], median: median(importDay), min: Math.min(...importDay), max: Math.max(...importDay) });
  const width = Math.max(...results.map((r) => r.label.length));
  for (const r of results) {
    const info = r.label.endsWith('(info)');
    const verdict = info ? '' : r.median < TARGET_MS ? `  ✓ < ${TARGET_MS} ms` : `  ✗ over the ${TARGET_MS} ms target`;
    console.log(
      `  ${r.label.padEnd(width)}  median ${r.median.toFixed(0).padStart(4)} ms  (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)}, cold ${r.cold.toFixed(0)})${verdict}`,
    );
  }
} finally {
  await context.close();
  if (!keep) rmSync(userDataDir, { recursive: true, force: true });
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** In an extension page: sends one analysis message, returns the time to the answer. */
async function ask({ type, payload }) {
  const start = performance.now();
  const reply = await chrome.runtime.sendMessage({ channel: 'shopmate/v1', type, payload });
  const ms = performance.now() - start;
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error}`);
  return { ms, size: JSON.stringify(reply.value).length };
}

/**
 * In an extension page: builds one importReport (every item, days firstOffset…lastOffset before
 * today) and sends it. Deterministic numbers with the shapes sellers see: log-spread prices and
 * traffic, per-item conversion, growing / fading / seasonal / steady items, a few gaps.
 */
async function seedChunk({ shop, shopIndex, items, firstOffset, lastOffset, today, withShopDays }) {
  const rand = (seed) => {
    let x = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
  };
  const [ty, tm, td] = today.split('-').map(Number);
  const dateAt = (offset) => {
    const d = new Date(ty, tm - 1, td - offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const list = [];
  for (let i = 0; i < items; i++) {
    const seed = shopIndex * 1_000_003 + i * 7919;
    const price = Math.round(9.9 * Math.pow(100, rand(seed + 1)) * 10) / 10;
    const baseUv = 5 * Math.pow(400, rand(seed + 2));
    const conversion = 0.005 + 0.07 * rand(seed + 3) ** 2;
    const shape = Math.floor(rand(seed + 4) * 4); // 0 growing, 1 fading, 2 seasonal, 3 steady
    const days = [];
    for (let o = firstOffset; o >= lastOffset; o--) {
      if (rand(seed + o * 31) < 0.03) continue; // a day not read
      const t = 1 - o / 365;
      const trend = shape === 0 ? 0.3 + 1.4 * t : shape === 1 ? 1.7 - 1.4 * t : shape === 2 ? 1 + 0.6 * Math.sin(t * Math.PI * 4) : 1;
      const uv = Math.max(0, Math.round(baseUv * trend * (0.8 + 0.4 * rand(seed + o))));
      const paidBuyers = Math.round(uv * conversion * (0.7 + 0.6 * rand(seed + o * 3)));
      const unitsSold = paidBuyers + Math.round(paidBuyers * 0.2 * rand(seed + o * 5));
      days.push({ date: dateAt(o), metrics: { uv, pv: Math.round(uv * 2.4), paidBuyers, unitsSold, salesAmount: Math.round(unitsSold * price * 100) / 100, bounceRate: Math.round((0.3 + 0.4 * rand(seed + o * 7)) * 1000) / 1000 } });
    }
    list.push({
      itemId: String(652300000000 + shopIndex * 100000 + i),
      title: `北欧实木家居 ${shopIndex + 1}-${i + 1}`,
      price,
      status: 'onSale',
      ...(rand(seed + 5) < 0.1 ? { rating: Math.round((4.3 + 0.5 * rand(seed + 6)) * 100) / 100 } : {}),
      days,
    });
  }
  const shopDays = [];
  if (withShopDays) {
    for (let o = firstOffset; o >= lastOffset; o--) {
      const uv = Math.round(40000 + 8000 * Math.sin(o / 7));
      const paidBuyers = Math.round(uv * 0.031);
      shopDays.push({ date: dateAt(o), metrics: { uv, pv: uv * 3, paidBuyers, salesAmount: paidBuyers * 86.5, unitsSold: Math.round(paidBuyers * 1.3), bounceRate: 0.42, dsr: 4.82 } });
    }
  }
  const start = performance.now();
  const reply = await chrome.runtime.sendMessage({
    channel: 'shopmate/v1',
    type: 'importReport',
    payload: { platform: shop.platform, fileName: 'bench.xlsx', importedAt: Date.now(), extraction: { shopId: shop.shopId, shopName: shop.name, shopDays, items: list } },
  });
  if (!reply?.ok) throw new Error(`importReport: ${reply?.error}`);
  return performance.now() - start;
}
