import type { Page } from 'playwright-core';
import { vi } from 'vitest';
import type { ExtensionSession } from './harness';

/** Shared by the in-page guidance e2e files (issue 19): the layer's host, its chips, 设置's switches. */

export const guidanceHost = (page: Page) => page.locator('shopmate-guidance');
export const chips = (page: Page) => page.locator('shopmate-guidance .sg-chip');

/** The console's texts and controls any chip covers (none may be). */
export const covered = (page: Page) =>
  page.evaluate(() => {
    const chips = [...(document.querySelector('shopmate-guidance')?.shadowRoot?.querySelectorAll('.sg-chip') ?? [])].map((c) => c.getBoundingClientRect());
    const hit = (r: DOMRect) => chips.some((c) => c.left < r.right - 1 && c.right > r.left + 1 && c.top < r.bottom - 1 && c.bottom > r.top + 1);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some(hit)) out.push(n.textContent.trim());
    }
    // A control's boxes as drawn (a link that wraps: its line boxes; a click between them does not reach it).
    for (const c of document.querySelectorAll('a, button, input, select')) if ([...c.getClientRects()].some(hit)) out.push(`<${c.tagName}>`);
    return out;
  });

/** Sets guidance switches in 设置 as the seller does (name: enabled, metrics, items, campaigns). */
export async function setGuidance(s: ExtensionSession, change: Record<string, boolean>) {
  const options = await s.openExtensionPage('options.html');
  for (const [name, on] of Object.entries(change)) {
    const box = options.locator(`input[name="guidance-${name}"]`);
    await box.waitFor();
    if ((await box.isChecked()) !== on) await box.click();
    // (waitForFunction, not expect.poll: this also runs in beforeAll)
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
