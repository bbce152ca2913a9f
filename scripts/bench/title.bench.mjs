#!/usr/bin/env node
/**
 * The title guard's work per keystroke: every check (diff, length, words, repeats, keywords,
 * throttle, early morning) plus the sentences, on a Taobao-size and an Amazon-size title; and
 * the diff's worst case (two unrelated 500-character texts, the message limit). Also the gzipped
 * sizes of the guard's file and the console content script when a build is present.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '../..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { checkTitle } = await jiti.import('@/lib/title/check.ts');
const { describeTitleCheck } = await jiti.import('@/lib/title/describe.ts');
const { diffTitle } = await jiti.import('@/lib/title/diff.ts');
const { titleRule } = await jiti.import('@/lib/title/rules.ts');
const { guardTranslator } = await jiti.import('@/lib/content/title-guard/i18n.ts');
const { DEFAULT_SETTINGS } = await jiti.import('@/lib/settings/schema.ts');

const settings = { ...DEFAULT_SETTINGS, titleKeywords: ['留香', '美白', 'leak proof'], extraBannedWords: ['某品牌'] };
const t = guardTranslator('zh-CN');
const now = Date.now();
const edits = [now - 3_600_000, now - 20 * 3_600_000];

function perKeystroke(platform, original, typed) {
  const rule = titleRule(platform);
  const times = [];
  for (let round = 0; round < 20; round++) {
    for (let k = 1; k <= typed.length; k++) {
      const candidate = original + typed.slice(0, k);
      const start = performance.now();
      const check = checkTitle({ platform, rule, original, candidate, settings, editTimes: edits, now });
      describeTitleCheck(check, t, 'zh-CN', now);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor((times.length - 1) * p)];
  return { median: q(0.5), p95: q(0.95) };
}

const fmt = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const taobao = perKeystroke('taobao', '沐浴露女持久留香家庭装 氨基酸沐浴乳', '美白滋润大瓶男士通用');
console.log(`Taobao title (~35 bytes), per keystroke: median ${fmt(taobao.median)}, p95 ${fmt(taobao.p95)}`);
const amazonTitle = 'Stainless Steel Insulated Water Bottle 32 oz, Leak Proof Lid, Keeps Drinks Cold 24 Hours, BPA Free, Wide Mouth, Powder Coated, for Gym Office Travel Hiking Camping, Black';
const amazon = perKeystroke('amazon', amazonTitle, ' with Straw Lid');
console.log(`Amazon title (~${amazonTitle.length} chars), per keystroke: median ${fmt(amazon.median)}, p95 ${fmt(amazon.p95)}`);

const a = Array.from({ length: 500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7) % 2000))).join('');
const b = Array.from({ length: 500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 13 + 5) % 2000))).join('');
let worst = Infinity;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  diffTitle(a, b);
  worst = Math.min(worst, performance.now() - start);
}
console.log(`diff of two unrelated 500-character texts: ${worst.toFixed(1)} ms (best of 5)`);

// The guard's own file (Chrome/Edge, loaded on item edit pages only) and the console script
// (Firefox bundles the guard into it), in every build folder present.
for (const dir of readdirSync(root).filter((d) => d.startsWith('.output'))) {
  // Each platform has its own console script (lib/platforms/<id>/content-script.ts): 生意参谋's is the largest reader.
  // On Chrome/Edge the console script is a loader that imports reader-<id>.js (lib/content/console-loader.ts).
  for (const file of ['chrome-mv3/title-guard.js', 'chrome-mv3/reader-taobao.js', 'firefox-mv3/content-scripts/console-taobao.js']) {
    const full = path.join(root, dir, file);
    if (!existsSync(full)) continue;
    const js = readFileSync(full);
    const note = file.includes('/console-') || file.includes('/reader-') ? ' (budget 30 KB)' : '';
    console.log(`${dir}/${file}: ${(js.length / 1024).toFixed(1)} KB, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzipped${note}`);
  }
}
