#!/usr/bin/env node
/**
 * What ShopMate costs the seller's console page (issue 3): the same console fixtures loaded
 * alternately in Chromium with ShopMate and with an extension whose content script is empty
 * (same matches — the least any extension costs), two persistent contexts in one run. Per pair,
 * CDP Performance.getMetrics after the page has loaded and ShopMate has read it: TaskDuration
 * (main-thread task time), ScriptDuration, JSHeapUsedSize. Prints the median ratio
 * with/without per fixture (target TaskDuration ≤ 1.20 where the page-world observer runs, ≤ 1.10
 * elsewhere), two reference lines measured in the same rounds — the empty extension against itself
 * (the noise) and the floor (injection + one visit message + the page-world observer) — and the
 * content scripts' gzipped sizes (budget 30 KB for each console script). A third reference line:
 * this build with in-page guidance on and a seeded history (./guidance-history.mjs), so the
 * 首页 shows a metric chip and 商品排行 and 千牛 item marks — what hints cost (issue 19).
 *
 *   node scripts/bench/page-cost.bench.mjs            # builds into .output-bench first
 *   BENCH_PAIRS=20 SHOPMATE_SKIP_BUILD=1 node scripts/bench/page-cost.bench.mjs
 *   BENCH_COMPARE=../old/.output/chrome-mv3 node scripts/bench/page-cost.bench.mjs
 *   BENCH_LEAN=1 BENCH_FIXTURES=home,spa,rank,qn BENCH_PAIRS=16 BENCH_COMPARE=../old/.output/chrome-mv3 node scripts/bench/page-cost.bench.mjs
 *
 * BENCH_COMPARE (comma-separated built extensions, e.g. an older commit's) measures them in the
 * same runs, in shuffled order with this build and the empty one: a before/after that the
 * machine's load cannot tilt, as two runs at different times can.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../chromium.mjs';
import { loadRoutes, serveConsole } from '../console-routes.mjs';
import { seedGuidanceHistory } from './guidance-history.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = process.env.SHOPMATE_OUT_DIR ?? '.output-bench';
const extDir = path.join(root, outDir, 'chrome-mv3');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 10);
/** After load: past the reader's debounce and its first DOM read, so its work is counted. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);

const BIG_TABLE_URL = 'https://sycm.taobao.com/cc/item_rank?shopmate-bench=10000';
const ALL_FIXTURES = [
  ['home', '生意参谋 首页 (cards + table, DOM)', 'https://sycm.taobao.com/portal/home.htm'],
  ['spa', '生意参谋 SPA (fetch/XHR observed, DOM)', 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=spa'],
  ['rank', '生意参谋 商品排行 (item table)', 'https://sycm.taobao.com/cc/item_rank'],
  ['qn', '千牛 出售中的宝贝 (item list; no page-world observer)', 'https://myseller.taobao.com/home.htm/SellManage/on_sale'],
  ['big', '生意参谋 商品排行, 10,000 rows', BIG_TABLE_URL],
];
/** BENCH_FIXTURES=home,rank measures only those (keys above); all by default. */
const only = process.env.BENCH_FIXTURES?.split(',');
const FIXTURES = ALL_FIXTURES.filter(([key]) => !only || only.includes(key)).map(([, name, url]) => [name, url]);
/**
 * BENCH_LEAN=1 leaves out the reference lines (floor vs floor, observer floor, hints shown): with
 * BENCH_COMPARE, a before/after of two builds with more pairs in the same time.
 */
const LEAN = process.env.BENCH_LEAN === '1';
/** Targets (the page-cost issue): ×1.20 where the page-world observer runs, ×1.10 on pages without it. */
const targetOf = (url) => (manifest.content_scripts.some((c) => c.world === 'MAIN' && c.matches.some((m) => url.startsWith(m.slice(0, -1)))) ? 1.2 : 1.1);

/** 商品排行 with its first row repeated 10,000 times (distinct item ids): reading scales with rows. */
function bigTable() {
  const html = readFileSync(path.join(root, 'tests/fixtures/console/taobao/sycm-item-rank.html'), 'utf8');
  const row = /<tr><td>1<\/td>.*?<\/tr>/.exec(html)[0];
  const rows = Array.from({ length: 10_000 }, (_, i) => row.replace('<td>1</td>', `<td>${i + 1}</td>`).replace('652300000201', String(652300000201 + i)));
  return html.replace(row, rows.join(''));
}

if (!(process.env.SHOPMATE_SKIP_BUILD === '1' && existsSync(extDir))) {
  console.log(`building ShopMate into ${outDir} …`);
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, SHOPMATE_OUT_DIR: outDir } });
}

// The baseline: an extension with an empty content script on the same console pages.
const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
const matches = [...new Set(manifest.content_scripts.flatMap((c) => c.matches))];
const emptyDir = mkdtempSync(path.join(tmpdir(), 'shopmate-empty-ext-'));
writeFileSync(
  path.join(emptyDir, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0.0', content_scripts: [{ matches, js: ['empty.js'], run_at: 'document_idle' }] }),
);
writeFileSync(path.join(emptyDir, 'empty.js'), '');

// The floor: what ShopMate cannot avoid — be injected, say which page was visited (one message to a
// background that answers), and observe the console's own JSON in the page world where it reads it
// (this build's page-observer.js, on its own matches).
const floorDir = mkdtempSync(path.join(tmpdir(), 'shopmate-floor-ext-'));
const observer = manifest.content_scripts.find((c) => c.world === 'MAIN');
writeFileSync(
  path.join(floorDir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'floor',
    version: '1.0.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [
      ...(observer ? [{ ...observer, js: ['observer.js'] }] : []),
      { matches, js: ['visit.js'], run_at: 'document_start' },
    ],
  }),
);
writeFileSync(path.join(floorDir, 'bg.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });');
writeFileSync(
  path.join(floorDir, 'visit.js'),
  "document.addEventListener('DOMContentLoaded', () => chrome.runtime.sendMessage({ type: 'pageVisit', url: location.href, at: Date.now() }).catch(() => {}), { once: true });",
);
if (observer) writeFileSync(path.join(floorDir, 'observer.js'), readFileSync(path.join(extDir, observer.js[0])));

const profiles = [];
async function launch(dir) {
  const profile = mkdtempSync(path.join(tmpdir(), 'shopmate-bench-'));
  profiles.push(profile);
  const context = await launchWithExtension(dir, profile);
  await serveConsole(context, loadRoutes());
  const big = bigTable();
  await context.route(BIG_TABLE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: big }));
  return context;
}

async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await page.close();
  return { task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, heap: m.JSHeapUsedSize / 1024 / 1024 };
}

/** How many guidance chips a page shows (the hinted context's fixtures must show some). */
async function chipsOn(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const n = await page.evaluate(() => globalThis.document.querySelector('shopmate-guidance')?.shadowRoot?.querySelectorAll('.sg-chip').length ?? 0);
  await page.close();
  return n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const withShopMate = await launch(extDir);
const baseline = await launch(emptyDir);
// Measured in the same shuffled rounds: the empty extension against itself (the noise) and the floor.
const references = [
  { name: 'floor vs floor (empty extension against itself: the noise)', dir: emptyDir },
  { name: 'observer floor (injection + one visit message + the page-world observer)', dir: floorDir },
  // This build with in-page guidance on and history that gives the page hints (issue 19): metric chip on 首页, item marks on 商品排行 and 千牛.
  { name: 'with hints shown (guidance on, seeded history: ./guidance-history.mjs)', dir: extDir, seed: seedGuidanceHistory },
];
const compared = (LEAN ? [] : references).map((c) => ({ ...c, ratios: [] }));
for (const c of compared) {
  c.context = await launch(c.dir);
  await c.seed?.(c.context);
}
for (const dir of (process.env.BENCH_COMPARE ?? '').split(',').filter(Boolean)) compared.push({ name: `compared ${dir}`, dir, context: await launch(path.resolve(dir)), ratios: [] });
try {
  // Warm all (first loads compile caches, start the service worker).
  for (const [, url] of FIXTURES) {
    for (const ctx of [withShopMate, baseline, ...compared.map((c) => c.context)]) await measure(ctx, url);
  }
  console.log(`${PAIRS} pairs per fixture, alternating order; metrics ${SETTLE_MS} ms after load`);
  const hinted = compared.find((c) => c.seed);
  if (hinted) for (const [name, url] of FIXTURES) console.log(`  hints shown on ${name}: ${await chipsOn(hinted.context, url)}`);
  for (const [name, url] of FIXTURES) {
    const ratios = { task: [], script: [], heap: [] };
    const abs = { with: [], without: [] };
    for (let i = 0; i < PAIRS; i++) {
      const order = [withShopMate, baseline, ...compared.map((c) => c.context)];
      // Two contexts alternate; more are shuffled, so none is always measured first.
      if (compared.length === 0) {
        if (i % 2) order.reverse();
      } else {
        for (let k = order.length - 1; k > 0; k--) {
          const j = Math.floor(Math.random() * (k + 1));
          [order[k], order[j]] = [order[j], order[k]];
        }
      }
      const results = new Map();
      for (const ctx of order) results.set(ctx, await measure(ctx, url));
      for (const c of compared) c.ratios.push(results.get(c.context).task / results.get(baseline).task);
      const a = results.get(withShopMate);
      const b = results.get(baseline);
      ratios.task.push(a.task / b.task);
      ratios.script.push(a.script / Math.max(b.script, 0.001));
      ratios.heap.push(a.heap / b.heap);
      abs.with.push(a.task);
      abs.without.push(b.task);
    }
    console.log(
      `${name}: TaskDuration ×${median(ratios.task).toFixed(3)} (median ${median(abs.with).toFixed(1)} ms vs ${median(abs.without).toFixed(1)} ms)` +
        ` · ScriptDuration ×${median(ratios.script).toFixed(2)} · JSHeapUsedSize ×${median(ratios.heap).toFixed(2)}` +
        `${median(ratios.task) <= targetOf(url) ? `  (target ≤ ${targetOf(url).toFixed(2)} ✓)` : `  ← above the ${targetOf(url).toFixed(2)} target`}`,
    );
    for (const c of compared) {
      console.log(`  ${c.name}: TaskDuration ×${median(c.ratios).toFixed(3)}`);
      c.ratios = [];
    }
  }
} finally {
  await withShopMate.close();
  await baseline.close();
  for (const c of compared) await c.context.close();
  for (const p of [...profiles, emptyDir, floorDir]) rmSync(p, { recursive: true, force: true });
}

// One console script per platform (a page loads its own console's only: on Chrome a loader that
// imports the platform's reader-<id>.js), the observer, the guard.
const scripts = readdirSync(path.join(extDir, 'content-scripts')).filter((f) => f.endsWith('.js')).sort().map((f) => `content-scripts/${f}`);
const readers = readdirSync(extDir).filter((f) => /^reader-.*\.js$/.test(f)).sort();
for (const file of [...scripts, ...readers, 'title-guard.js']) {
  const js = readFileSync(path.join(extDir, file));
  const note = file.includes('/console-') || file.startsWith('reader-') ? ' (budget 30 KB)' : file === 'title-guard.js' ? ' (item edit pages only)' : '';
  console.log(`${file}: ${(js.length / 1024).toFixed(1)} KB, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzipped${note}`);
}
