import type { PageKind } from '@/lib/model/pages';

export const matches = ['https://sz.jd.com/*', 'https://shop.jd.com/*'] as const;

export function detectPage(_url: URL): PageKind | undefined {
  return undefined;
}
