import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/lib/content/features';
import { PAGE_KINDS } from '@/lib/model/consoles';
import { PLATFORMS } from '@/lib/platforms/registry';

/** Each content feature says where it runs (lib/content/features/*.ts): checked over every platform and page kind. */
const where = (id: string) => {
  const feature = FEATURES.find((f) => f.id === id)!;
  return PLATFORMS.flatMap((platform) => PAGE_KINDS.filter((pageKind) => feature.include({ platform, pageKind })).map((k) => `${platform.id}:${k}`));
};
const all = (kinds: readonly string[], platforms = PLATFORMS) => platforms.flatMap((p) => kinds.map((k) => `${p.id}:${k}`));

describe('content features', () => {
  it('have distinct ids', () => {
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  it('the title guard runs on item edit pages only, and nothing reads there', () => {
    expect(where('title-guard')).toEqual(all(['itemEdit']));
    for (const id of ['read-dom', 'read-api']) expect(where(id).filter((w) => w.endsWith(':itemEdit')), id).toEqual([]);
  });

  it('the DOM is read on every other page of a platform with a reader; "nothing read" is reported only where a read is expected', () => {
    expect(where('read-dom')).toEqual(all(PAGE_KINDS.filter((k) => k !== 'itemEdit'), PLATFORMS.filter((p) => p.readDom)));
    expect(where('capture-failed')).toEqual(all(['dashboard', 'itemList']));
  });
});
