import type { PageKind } from '@/lib/model/pages';

export const matches = ['https://mms.pinduoduo.com/*'] as const;

export function detectPage(_url: URL): PageKind | undefined {
  return undefined;
}
