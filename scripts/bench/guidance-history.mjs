/**
 * The page-cost bench's history for in-page guidance (issue 19): a seller who turned guidance on
 * and has 30 days of shop history and 10 weeks of item history, imported through the background's
 * own import path (as tests/e2e/guidance.e2e.test.ts seeds it). With it, the 生意参谋 首页 gets a
 * metric chip (yesterday's 支付转化率 27 % under its 7-day average; the page shows an earlier day,
 * so the chip sits beside its latest 转化率 and names the day), and 商品排行 and 千牛 出售中的宝贝
 * get item marks (a hero, a fading item rated under the floor, a delist candidate per page).
 */

const CHANNEL = 'shopmate/v1';
const pad = (n) => String(n).padStart(2, '0');
/** 'YYYY-MM-DD' of today + offset days, in local time (lib/dates.ts toBusinessDate). */
const day = (offset) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const range = (from, to, f) => Array.from({ length: to - from + 1 }, (_, i) => ({ date: day(from + i), metrics: f(from + i) }));

function shopDays() {
  return range(-30, -1, (o) => {
    const buyers = o === -1 ? 320 : 437;
    return { uv: 10800, pv: 33210, paidBuyers: buyers, salesAmount: buyers * 36.25, aov: 36.25, conversionRate: buyers / 10800, bounceRate: 0.451 };
  });
}

/** Three items with a story each, under the ids a page lists (`ids`: hero, fading, delist). */
function items([hero, fading, stale]) {
  return [
    { itemId: hero, title: '加厚珊瑚绒毛毯 冬季午睡盖毯', status: 'onSale', days: range(-70, -1, (o) => (o >= -7 ? { uv: 600, paidBuyers: 30, unitsSold: 30 } : { uv: 100, paidBuyers: 2, unitsSold: 2 })) },
    { itemId: fading, title: '记忆棉枕头 护颈 单人', status: 'onSale', rating: 4.6, days: range(-70, -1, (o) => ({ uv: 300, paidBuyers: 9, unitsSold: o >= -10 ? 12 : o >= -17 ? 18 : 20 })) },
    { itemId: stale, title: '羊毛地毯 客厅 北欧', status: 'onSale', days: range(-60, -1, (o) => ({ uv: 20, paidBuyers: o === -60 ? 1 : 0, unitsSold: o === -60 ? 1 : 0 })) },
  ];
}

/** Turns guidance on and imports the history, in a context already launched with ShopMate. */
export async function seedGuidanceHistory(context) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate(async () => {
    const { local } = globalThis.chrome.storage;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings ?? {}), guidance: { enabled: true, metrics: true, items: true, campaigns: true } } });
  });
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(
    ([channel, payload]) => globalThis.chrome.runtime.sendMessage({ channel, type: 'importReport', payload }),
    [
      CHANNEL,
      {
        platform: 'taobao',
        fileName: 'bench-history.xlsx',
        importedAt: Date.now(),
        extraction: {
          shopId: '57300001',
          shopName: '小鹿家居旗舰店',
          shopDays: shopDays(),
          // 商品排行's and 千牛 出售中的宝贝's ids (tests/fixtures/console/taobao).
          items: [...items(['652300000201', '652300000202', '652300000203']), ...items(['728461930215', '728461930216', '728461930217'])],
        },
      },
    ],
  );
  await page.close();
  if (!reply?.ok) throw new Error(`seeding guidance history failed: ${reply?.error ?? 'no reply'}`);
}
