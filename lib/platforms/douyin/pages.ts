import type { PageKind } from '@/lib/model/pages';

export const matches = ['https://fxg.jinritemai.com/*', 'https://compass.jinritemai.com/*'] as const;

export function detectPage(_url: URL): PageKind | undefined {
  return undefined;
}
