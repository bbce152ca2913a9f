import type { PageKind } from '@/lib/model/pages';

export const matches = ['https://sellercentral.amazon.com/*'] as const;

export function detectPage(_url: URL): PageKind | undefined {
  return undefined;
}
