import type { Page } from 'playwright-core';
import { vi } from 'vitest';
import type { ExtensionSession } from './harness';

/** Shared by the in-page guidance e2e files (issue 19): the layer's host, its chips, 设置's switches. */

export const guidanceHost = (page: Page) => page.locator('shopmate-guidance');
export const chips = (page: Page) => page.locator('shopmate-guidance .sg-chip');

/**
 * The console's texts and controls any chip covers (none may be), anywhere on the page, not only
 * near its anchor: every text node's line boxes and every control's boxes as drawn (a link that
 * wraps: its line boxes; a click between them does not reach it), against each chip as painted —
 * its box grown by its focus ring where one is drawn outside it. Boxes that merely touch are not
 * covered; a fraction of a pixel into the next line is (the 320 px case once passed with 0.5 px).
 */
export const covered = (page: Page) =>
  page.evaluate(() => {
    const chips = [...(document.querySelector('shopmate-guidance')?.shadowRoot?.querySelectorAll('.sg-chip') ?? [])].map((c) => {
      const r = c.getBoundingClientRect();
      const style = getComputedStyle(c);
      const ring = style.outlineStyle === 'none' ? 0 : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
      return { left: r.left - ring, right: r.right + ring, top: r.top - ring, bottom: r.bottom + ring };
    });
    const EPS = 0.01;
    const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && chips.some((c) => c.left < r.right - EPS && c.right > r.left + EPS && c.top < r.bottom - EPS && c.bottom > r.top + EPS);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some(hit)) out.push(n.textContent.trim());
    }
    const controls = 'a, button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="checkbox"], [tabindex], [onclick], [contenteditable="true"]';
    for (const c of document.querySelectorAll(controls)) if ([...c.getClientRects()].some(hit)) out.push(`<${c.tagName}>`);
    return out;
  });

/**
 * What the open card covers of the row (or element) `selector` it is about — its texts, its
 * controls — and of its own chip: the seller reads the card beside the item, not over it.
 */
export const cardCovers = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const root = document.querySelector('shopmate-guidance')?.shadowRoot;
    const pop = root?.querySelector('.sg-pop')?.getBoundingClientRect();
    if (!pop) throw new Error('no card is open');
    const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && pop.left < r.right && pop.right > r.left && pop.top < r.bottom && pop.bottom > r.top;
    const out: string[] = [];
    const chip = root!.querySelector('.sg-chip[aria-expanded="true"]');
    if (chip && hit(chip.getBoundingClientRect())) out.push('its chip');
    const scope = document.querySelector(sel)!;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some(hit)) out.push(n.textContent.trim());
    }
    for (const c of scope.querySelectorAll('a, button, input, select, textarea')) if ([...c.getClientRects()].some(hit)) out.push(`<${c.tagName}>`);
    return out;
  }, selector);

/** Sets guidance switches in 设置 as the seller does (name: enabled, metrics, items, campaigns). */
export async function setGuidance(s: ExtensionSession, change: Record<string, boolean>) {
  const options = await s.openExtensionPage('options.html');
  for (const [name, on] of Object.entries(change)) {
    const box = options.locator(`input[name="guidance-${name}"]`);
    await box.waitFor();
    // A click before 设置 has loaded the stored settings is undone when they arrive (seen under load):
    // click again until the box holds. (waitForFunction, not expect.poll: this also runs in beforeAll.)
    for (let attempt = 0; attempt < 10 && (await box.isChecked()) !== on; attempt++) {
      await box.click();
      await options.waitForFunction(([n, v]) => document.querySelector<HTMLInputElement>(`input[name="guidance-${n}"]`)?.checked === v, [name, on] as const, { timeout: 1000 }).catch(() => undefined);
    }
    await options.waitForFunction(([n, v]) => document.querySelector<HTMLInputElement>(`input[name="guidance-${n}"]`)?.checked === v, [name, on] as const);
  }
  await options.close();
}

/**
 * Opens each console page until it has named its shop (its visit is sent once the console script has
 * started, on a tiny fixture possibly after 'load'), then closes it: the shop keys seeds go to.
 */
export async function nameShops(s: ExtensionSession, pages: readonly { name: string; platform: string; url: string }[]) {
  for (const c of pages) {
    const page = await s.openConsole(c.url);
    await vi.waitFor(
      async () => {
        const shops = await s.readStore<{ platform: string }>('shops');
        if (!shops.some((shop) => shop.platform === c.platform)) throw new Error(`${c.name} has not named its shop yet`);
      },
      { timeout: 10_000, interval: 100 },
    );
    await page.close();
  }
}
