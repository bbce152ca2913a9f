// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountShadowHost, onlyOwnChanges } from '@/lib/content/shadow-host';

/** Records of what a MutationObserver on the document sees while `change` runs. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

describe('onlyOwnChanges: a layer of ShopMate mounting is not the console page changing', () => {
  it('a layer mounted and removed: only ours', async () => {
    document.body.innerHTML = '<main><p>访客数 1,234</p></main>';
    let remove = () => {};
    const mounted = await recordsOf(() => ({ remove } = mountShadowHost('shopmate-guidance', '', 1)));
    expect(mounted.length).toBeGreaterThan(0);
    expect(onlyOwnChanges(mounted)).toBe(true);
    expect(onlyOwnChanges(await recordsOf(() => remove()))).toBe(true);
  });

  it('the page changing, alone or with a layer: not only ours', async () => {
    document.body.innerHTML = '<main><p>访客数 1,234</p></main>';
    expect(onlyOwnChanges(await recordsOf(() => document.querySelector('main')!.append(document.createElement('div'))))).toBe(false);
    expect(onlyOwnChanges(await recordsOf(() => (document.querySelector('p')!.firstChild!.textContent = '访客数 2,345')))).toBe(false);
    const both = await recordsOf(() => {
      mountShadowHost('shopmate-overlay', '', 1);
      document.body.append(document.createElement('section'));
    });
    expect(onlyOwnChanges(both)).toBe(false);
  });
});
