import { describe, expect, it } from 'vitest';
import { DEFAULT_DUTIES } from '@/lib/checklist/duties';
import { currentPlatform, dutyLink, PLATFORM_LINKS } from '@/lib/checklist/links';
import { PLATFORM_IDS } from '@/lib/model/consoles';
import { detect, platformById } from '@/lib/platforms/registry';

describe('one tap to where each duty is done', () => {
  it.each(PLATFORM_IDS)('%s: every link is a console page detected as its own kind (so opening it ticks the duty)', (platform) => {
    const links = PLATFORM_LINKS[platform];
    expect(platformById(platform).links).toBe(links);
    for (const [kind, url] of Object.entries(links)) {
      const found = detect(new URL(url!));
      expect(found?.platform.id, url).toBe(platform);
      expect(found?.pageKind, url).toBe(kind);
    }
  });

  it.each(PLATFORM_IDS)('%s: every duty done on a console page has a link', (platform) => {
    for (const duty of DEFAULT_DUTIES) {
      if (duty.action) continue;
      const link = dutyLink(duty, platform);
      expect(link, `${platform} ${duty.id}`).toBeDefined();
      expect([duty.link, ...duty.pageKinds]).toContain(link!.pageKind);
    }
  });

  it('duties done inside ShopMate have no console link', () => {
    for (const id of ['campaign-review', 'proposal']) {
      expect(dutyLink(DEFAULT_DUTIES.find((d) => d.id === id)!, 'taobao')).toBeUndefined();
    }
  });

  it('the current platform: chosen, else the latest seen, else Taobao', () => {
    expect(currentPlatform(undefined, [])).toBe('taobao');
    expect(currentPlatform(undefined, [undefined, { platform: 'jd', at: 5 }, { platform: 'douyin', at: 9 }])).toBe('douyin');
    expect(currentPlatform('amazon', [{ platform: 'jd', at: 5 }])).toBe('amazon');
  });
});
