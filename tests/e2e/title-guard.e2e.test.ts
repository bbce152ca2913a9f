import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { eventually, launchExtension, type ExtensionSession } from './harness';

/**
 * The listing-edit assistant in real Chromium with the built extension: the on-page title guard
 * on each platform's item edit page (served under its real URL), edits recorded on save, the
 * throttle warning on the third save within 24 hours, and the side panel's edit history with
 * before/after numbers.
 */

const TAOBAO_EDIT = 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215';
const ORIGINAL = '沐浴露女持久留香家庭装 氨基酸沐浴乳';

interface TitleEdit {
  platform: string;
  itemId: string;
  at: number;
  oldTitle: string;
  newTitle: string;
  fields: string[];
}

const guard = (page: Page) => page.locator('shopmate-title-guard');
const note = (page: Page, id: string) => guard(page).locator(`li[data-note="${id}"]`);

interface ItemRow {
  shopKey: string;
  itemId: string;
  title?: string;
  price?: number;
}

/** The item row the guard stores when the edit page opens: exactly what the fixture shows, nothing else. */
const itemRow = (platform: string, itemId: string, title: string, price: number) => ({
  shopKey: `${platform}:default`,
  itemId,
  title,
  price,
  firstSeenAt: expect.any(Number),
  updatedAt: expect.any(Number),
});

describe('title guard and 标题助手', () => {
  let s: ExtensionSession;
  /** The early-morning window's start hour the options test sets (one hour long). */
  let windowStart = 0;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('options: the seller sets selling-point keywords and an early-morning window that excludes now', async () => {
    const options = await s.openExtensionPage('options.html');
    const words = options.locator('section.title-words');
    await words.getByLabel('卖点词（每行一个）').fill('留香\n美白\n' + '长'.repeat(31));
    await words.getByRole('button', { name: '保存' }).click();
    // A clear message, nothing saved.
    await expect.poll(() => words.getByRole('alert').textContent()).toBe(`第 3 行“${'长'.repeat(31)}”超过 30 个字`);
    await words.getByLabel('卖点词（每行一个）').fill('留香\n美白');
    await words.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => words.getByRole('status').textContent()).toBe('已保存');

    // Hours are settings (thresholds): a window two hours from now makes "now" outside it.
    const hour = new Date().getHours();
    windowStart = (hour + 2) % 24;
    for (const [name, value] of [['earlyMorningStartHour', windowStart], ['earlyMorningEndHour', (hour + 3) % 24]] as const) {
      const input = options.locator(`input[name="${name}"]`);
      await input.fill(String(value));
      await input.blur();
      await expect.poll(() => input.inputValue()).toBe(String(value));
    }
    await s.screenshot(options, 'title-words-options');
    await options.close();
  });

  it('Taobao: shows a 5-character change with the changed characters, records saves, warns on the third', async () => {
    const page = await s.openConsole(TAOBAO_EDIT);
    // Precondition, said plainly: the console reader detects the page as an item edit page.
    const visits = await eventually(() => s.readStore<{ pageKind: string }>('pageVisits'), 5000);
    expect(visits.map((v) => v.pageKind), 'lib/platforms/taobao/pages.ts must detect the edit page as itemEdit').toContain('itemEdit');
    await guard(page).locator('section').waitFor({ timeout: 10_000 });
    await expect.poll(() => note(page, 'changed').textContent()).toBe('本次改动 0 个字（建议每次不超过 3 个字）');
    // The item as the page shows it (#sell-field-title, #sell-field-price), stored for the side panel.
    const items = await eventually(() => s.readStore<ItemRow>('items'));
    expect(items).toEqual([itemRow('taobao', '728461930215', ORIGINAL, 59.9)]);

    const title = page.locator('#sell-field-title input');
    // Exactly 3 characters (美白 inserted, 乳→露) is what the guide allows: no warning.
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴露');
    await expect.poll(() => note(page, 'changed').textContent()).toBe('本次改动 3 个字（建议每次不超过 3 个字）');
    expect(await note(page, 'changed').getAttribute('class')).not.toBe('warn');
    // A fourth character warns.
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴露液');
    await expect.poll(() => note(page, 'changed').textContent()).toBe('本次改动 4 个字，建议每次不超过 3 个字');
    expect(await note(page, 'changed').getAttribute('class')).toBe('warn');
    await title.fill('沐浴露女持久留香美白滋润家庭装 氨基酸沐浴露');
    await expect.poll(() => note(page, 'changed').textContent()).toBe('本次改动 5 个字，建议每次不超过 3 个字');
    expect(await note(page, 'changed').getAttribute('class')).toBe('warn');
    expect(await guard(page).locator('ins').allTextContents()).toEqual(['美白滋润', '露']);
    expect(await guard(page).locator('del').allTextContents()).toEqual(['乳']);
    expect(await note(page, 'length').textContent()).toBe('长度 43/60 字符（汉字计 2）');
    expect(await note(page, 'keywordsPresent').textContent()).toBe('已含卖点词：留香、美白');
    await expect.poll(() => note(page, 'earlyMorning').textContent()).toMatch(/^现在是 \d\d:\d\d，建议在凌晨修改$/);
    await page.setViewportSize({ width: 1000, height: 700 });
    await s.screenshot(page, 'title-guard-taobao-5-chars');

    // First save: a 2-character change.
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴乳');
    await page.getByRole('button', { name: '提交宝贝信息' }).click();
    const first = await eventually(() => s.readStore<TitleEdit>('titleEdits'));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ platform: 'taobao', itemId: '728461930215', oldTitle: ORIGINAL, newTitle: '沐浴露女持久留香美白家庭装 氨基酸沐浴乳', fields: ['title'] });
    await expect.poll(() => guard(page).locator('.status').textContent()).toBe('已记录本次编辑（24 小时内第 1 次）');
    // The saved title is the new baseline.
    await expect.poll(() => note(page, 'changed').textContent()).toBe('本次改动 0 个字（建议每次不超过 3 个字）');

    // Second save: one character and the price.
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴露');
    await page.locator('#sell-field-price input').fill('55.90');
    await page.getByRole('button', { name: '提交宝贝信息' }).click();
    await expect.poll(async () => (await s.readStore<TitleEdit>('titleEdits')).length).toBe(2);
    const second = (await s.readStore<TitleEdit>('titleEdits'))[1]!;
    expect(second.fields).toEqual(['title', 'price']);

    // Two edits in 24 hours: the next one is throttled. The window frees 24 hours after the first
    // save (tomorrow, this hour); the advice is the early-morning window's next start after that,
    // tomorrow unless the window start wrapped past midnight.
    await expect.poll(() => note(page, 'throttle').getAttribute('class')).toBe('warn');
    const freeHour = new Date(first[0]!.at).getHours();
    const day = windowStart > freeHour ? '明天' : '后天';
    expect(await note(page, 'throttle').textContent()).toBe(
      `该宝贝 24 小时内已编辑 2 次，再次编辑可能影响权重，建议${day} ${String(windowStart).padStart(2, '0')}:00 后再改`,
    );

    // Third save within 24 hours: recorded (never blocked), and the warning says so.
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴露 大瓶');
    await page.getByRole('button', { name: '提交宝贝信息' }).click();
    await expect.poll(async () => (await s.readStore<TitleEdit>('titleEdits')).length).toBe(3);
    await expect.poll(() => note(page, 'throttle').textContent()).toMatch(/^该宝贝 24 小时内已编辑 3 次/);
    await s.screenshot(page, 'title-guard-taobao-throttle');

    // Another tab (or a browser restart) sees the same count: it comes from the database.
    const other = await s.openConsole(TAOBAO_EDIT);
    await expect.poll(() => note(other, 'throttle').textContent()).toMatch(/^该宝贝 24 小时内已编辑 3 次/);
    await other.close();
    await page.close();
  });

  it('side panel: the item’s history with before/after numbers, edits followed by a drop flagged', async () => {
    const edits = await s.readStore<TitleEdit>('titleEdits');
    expect(edits).toHaveLength(3);
    const editDay = toBusinessDate(edits[0]!.at);
    // The item's numbers through the background's real import path (as an exported report would):
    // 7 days before the edit day at 1,000 UV and 4 % conversion, after it 700 UV and 3 %, one day missing.
    const days = [
      ...Array.from({ length: 7 }, (_, i) => ({ date: addDays(editDay, i - 7), metrics: { uv: 1000, paidBuyers: 40, salesAmount: 4000 } })),
      ...Array.from({ length: 7 }, (_, i) => ({ date: addDays(editDay, i + 1), metrics: { uv: 700, paidBuyers: 21, salesAmount: 2100 } })).filter(
        (d) => d.date !== addDays(editDay, 4),
      ),
    ];
    const importer = await s.openExtensionPage('sidepanel.html');
    const reply = await importer.evaluate(
      (payload) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          channel: 'shopmate/v1',
          type: 'importReport',
          payload,
        }),
      { platform: 'taobao', fileName: '单品分析.xls', importedAt: Date.now(), extraction: { shopDays: [], items: [{ itemId: '728461930215', days }] } },
    );
    expect(reply).toMatchObject({ ok: true });
    await importer.close();

    // Eight days later, the after window is complete.
    await s.context.clock.install({ time: edits[0]!.at + 8 * 24 * 3_600_000 });
    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: '标题助手' }).click();
    // The edit page was opened eight days ago: it is not offered as open (pages cannot know
    // whether that tab still is); any captured item can be searched.
    await panel.getByRole('searchbox').waitFor();
    expect(await panel.locator('.title-open-item').count()).toBe(0);
    await panel.getByRole('searchbox').fill('沐浴露');
    await panel.locator('.title-results button', { hasText: '728461930215' }).click();

    const history = panel.locator('.title-history > li');
    await expect.poll(() => history.count()).toBe(3);
    const latest = history.first();
    expect(await latest.getAttribute('data-dropped')).toBe('true');
    expect(await latest.locator('.title-flag').textContent()).toBe('编辑后下降');
    const row = (metric: string) => latest.locator(`tr[data-metric="${metric}"] td`).allTextContents();
    expect(await row('uv')).toEqual(['1,000', '700', '-30.0%']);
    expect(await row('conversionRate')).toEqual(['4.00%', '3.00%', '-25.0%']);
    expect(await row('salesAmount')).toEqual(['¥4,000.00', '¥2,100.00', '-47.5%']);
    expect(await latest.textContent()).toContain('6/7 天有数据');
    expect(await latest.textContent()).toContain(`缺少数据的日期：${addDays(editDay, 4)}`);
    expect(await latest.locator('ins').allTextContents()).toEqual([' 大瓶']);

    // The candidate title gets the same checks as on the page.
    const candidate = panel.getByRole('textbox', { name: '候选标题' });
    // The fixture page always opens with its static title: that is the item's latest known title.
    expect(await candidate.inputValue()).toBe(ORIGINAL);
    await candidate.fill(`全网最佳${ORIGINAL}`);
    await expect.poll(() => panel.locator('li[data-note="banned"]').textContent()).toBe('含违禁词：最佳');
    expect(await panel.locator('li[data-note="changed"]').textContent()).toBe('本次改动 4 个字，建议每次不超过 3 个字');
    expect(await panel.locator('[data-testid="throttle"] li[data-note="throttle"]').textContent()).toMatch(/^24 小时内已编辑 0 次（建议不超过 2 次） · 现在可以编辑$/);
    await s.screenshot(panel, 'title-sidepanel-history');
    await panel.close();
  });

  it('every platform’s edit page: the item is stored as shown, the guard checks typing, and saving records one edit', async () => {
    const cases: {
      platform: string;
      url: string;
      field: string;
      /** The fixture's own save/publish control, as the seller clicks it. */
      save: string;
      item: { itemId: string; title: string; price: number };
      value: string;
      length: string;
      also?: [string, string];
    }[] = [
      {
        platform: 'pinduoduo',
        url: 'https://mms.pinduoduo.com/goods/goods_add/index?id=398127645&type=edit',
        field: 'input[placeholder="请输入商品标题"]',
        save: '提交并上架',
        item: { itemId: '398127645', title: '加厚珊瑚绒毛毯 冬季午睡盖毯 沙发毯子', price: 39.9 },
        value: '加厚珊瑚绒毛毯 冬季午睡盖毯 沙发毯子 双人',
        length: '长度 41/60 字符（汉字计 2）',
      },
      {
        platform: 'jd',
        url: 'https://shop.jd.com/jdm/ware/edit?wareId=100038475621',
        field: '#wareName',
        save: '提交',
        item: { itemId: '100038475621', title: '不锈钢保温杯男女士大容量 316泡茶杯 500ml', price: 89 },
        value: '不锈钢保温杯男女士大容量 316泡茶杯 600ml',
        length: '长度 25/45 字',
      },
      {
        platform: 'douyin',
        url: 'https://fxg.jinritemai.com/ffa/g/create?product_id=3601928374652',
        field: 'input[placeholder^="请输入商品标题"]',
        save: '发布商品',
        item: { itemId: '3601928374652', title: '网红同款辣条大礼包 麻辣零食小吃整箱', price: 29.9 },
        value: '网红同款辣条大礼包 麻辣零食小吃整箱 👍',
        length: '长度 38/60 字符（汉字计 2）',
        also: ['forbiddenChars', '平台不允许的字符：👍'],
      },
      {
        platform: 'amazon',
        url: 'https://sellercentral.amazon.com/abis/listing/edit?asin=B0CJ4Q7R2M&sku=WB-32-BLK',
        field: 'kat-input[label="Item Name"] input',
        // A kat-button: the real <button> sits in its open shadow root.
        save: 'Save and finish',
        item: { itemId: 'B0CJ4Q7R2M', title: 'Stainless Steel Insulated Water Bottle 32 oz, Leak Proof Lid, Keeps Drinks Cold 24 Hours', price: 24.99 },
        value: 'Stainless Steel Insulated Water Bottle 40 oz, Leak Proof Lid, Keeps Drinks Cold 24 Hours!',
        length: '长度 89/200 字',
        also: ['forbiddenChars', '平台不允许的字符：!'],
      },
    ];
    for (const c of cases) {
      const page = await s.openConsole(c.url);
      await guard(page).locator('section').waitFor();
      // Opening the page stores the item exactly as its form shows it.
      const row = async () => (await s.readStore<ItemRow>('items')).filter((r) => r.shopKey === `${c.platform}:default`);
      expect(await eventually(row), `${c.platform}: items row`).toEqual([itemRow(c.platform, c.item.itemId, c.item.title, c.item.price)]);

      await page.locator(c.field).fill(c.value);
      await expect.poll(() => note(page, 'length').textContent()).toBe(c.length);
      expect(Number((await note(page, 'changed').textContent())!.match(/本次改动 (\d+) 个字/)![1])).toBeGreaterThan(0);
      if (c.also) expect(await note(page, c.also[0]!).textContent()).toBe(c.also[1]);
      await s.screenshot(page, `title-guard-${c.platform}`);

      // The page's own save/publish control records exactly one edit of this item.
      await page.getByRole('button', { name: c.save, exact: true }).click();
      const edits = async () => (await s.readStore<TitleEdit>('titleEdits')).filter((e) => e.platform === c.platform);
      const recorded = await eventually(edits);
      expect(recorded, `${c.platform}: titleEdits`).toHaveLength(1);
      expect(recorded[0]).toMatchObject({ platform: c.platform, itemId: c.item.itemId, oldTitle: c.item.title, newTitle: c.value, fields: ['title'] });
      await expect.poll(() => guard(page).locator('.status').textContent()).toBe('已记录本次编辑（24 小时内第 1 次）');
      // Still one: the status render and any late events did not record it twice.
      expect(await edits()).toHaveLength(1);
      await page.close();
    }
  });

  it('the guard is its own file (loaded by the reader on edit pages), which no page can fetch by its extension URL', async () => {
    const manifest = JSON.parse(
      await (await s.openExtensionPage('manifest.json')).evaluate(() => document.body.innerText),
    ) as { web_accessible_resources: { resources: string[]; use_dynamic_url?: boolean }[] };
    // …with the reading overlay, the taught rules' code and in-page guidance, the other files loaded only when needed
    // (issues 12, 15, 19), and each console's reader, imported by its loader (lib/content/console-loader.ts).
    const readers = ['amazon', 'douyin', 'jd', 'pinduoduo', 'taobao'].map((id) => `reader-${id}.js`);
    expect(manifest.web_accessible_resources).toEqual([
      expect.objectContaining({ resources: ['title-guard.js', 'overlay.js', 'taught-rules.js', 'guidance.js', ...readers], use_dynamic_url: true }),
    ]);
    // The readers and the page hints start with V8's compile hint (compileHints in wxt.config.ts): compiled
    // while they stream in, off the console's main thread, not function by function during the first read.
    for (const file of ['guidance.js', ...readers]) {
      const view = await s.openExtensionPage(file);
      expect((await view.evaluate(() => document.body.innerText)).startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
      await view.close();
    }

    // A console page probing for ShopMate: the static URL of the guard's file is refused.
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm');
    const probe = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${s.extensionId}/title-guard.js`);
    expect(probe).toBe('refused');
    for (const file of ['overlay.js', 'taught-rules.js', 'guidance.js', ...readers]) {
      const other = await page.evaluate(async (url) => fetch(url).then(() => 'fetched', () => 'refused'), `chrome-extension://${s.extensionId}/${file}`);
      expect(other).toBe('refused');
    }
    // The reader still works there, without the guard.
    expect(await guard(page).count()).toBe(0);
    await page.close();
  });

  it('follows dark mode', async () => {
    const page = await s.openConsole(TAOBAO_EDIT);
    await page.emulateMedia({ colorScheme: 'dark' });
    await guard(page).locator('section').waitFor();
    const bg = await guard(page).locator('section').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(37, 39, 43)');
    await s.screenshot(page, 'title-guard-dark');
    await page.close();
  });
});
