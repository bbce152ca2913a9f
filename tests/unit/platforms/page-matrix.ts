import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageKind, type PlatformId } from '@/lib/model/consoles';
import { detect } from '@/lib/platforms/registry';

/**
 * The cross-negative matrix (github-url-detection style) for one platform's pages.ts: every
 * listed console URL is positive for its own detector and negative for all the others, is
 * covered by the manifest matches of that platform; ignored URLs are matched but of no
 * interest; foreign URLs are not this console at all.
 */
export interface PagesModule {
  PAGE_EXAMPLES: Partial<Record<PageKind, string[]>>;
  PAGE_DETECTORS: Readonly<Partial<Record<PageKind, (url: URL) => boolean>>>;
  IGNORED_EXAMPLES: string[];
  FOREIGN_EXAMPLES: string[];
  detectPage(url: URL): PageKind | undefined;
}

export function pageMatrix(platform: PlatformId, pages: PagesModule) {
  const listed = Object.entries(pages.PAGE_EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => [kind, url] as const));

  describe(`${platform} page detection`, () => {
    it('has examples for every detector, and a detector for every example kind', () => {
      expect(Object.keys(pages.PAGE_EXAMPLES).sort()).toEqual(Object.keys(pages.PAGE_DETECTORS).sort());
      for (const kind of Object.keys(pages.PAGE_DETECTORS)) expect(PAGE_KINDS).toContain(kind);
    });

    it.each(listed)('%s ← %s (and no other kind)', (kind, href) => {
      const url = new URL(href);
      for (const [other, is] of Object.entries(pages.PAGE_DETECTORS)) {
        expect({ other, hit: is!(url) }).toEqual({ other, hit: other === kind });
      }
      expect(pages.detectPage(url)).toBe(kind);
      // The manifest matches this URL too, so the content script runs there.
      expect(detect(url)?.platform.id).toBe(platform);
      expect(detect(url)?.pageKind).toBe(kind);
    });

    it.each(pages.IGNORED_EXAMPLES)('%s is a console page of no interest', (href) => {
      expect(pages.detectPage(new URL(href))).toBeUndefined();
      expect(detect(new URL(href))?.platform.id).toBe(platform);
    });

    it.each(pages.FOREIGN_EXAMPLES)('%s is not this console', (href) => {
      expect(detect(new URL(href))?.platform.id).not.toBe(platform);
      expect(pages.detectPage(new URL(href))).toBeUndefined();
    });
  });
}
