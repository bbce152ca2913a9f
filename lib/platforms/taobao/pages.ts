import type { PageKind } from '@/lib/model/pages';

/** Taobao/Tmall seller consoles: 生意参谋 and 千牛卖家中心. */
export const matches = [
  'https://sycm.taobao.com/*',
  'https://myseller.taobao.com/*',
  'https://item.upload.taobao.com/*',
] as const;

export const isSycmHome = (url: URL) =>
  url.hostname === 'sycm.taobao.com' && url.pathname.startsWith('/portal/home');

export function detectPage(url: URL): PageKind | undefined {
  if (isSycmHome(url)) return 'dashboard';
  return undefined;
}
