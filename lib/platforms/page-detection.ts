import { PAGE_KINDS, type PageKind } from '@/lib/model/pages';

/** One platform's pure URL tests, per page kind it knows. */
export type PageDetectors = Readonly<Partial<Record<PageKind, (url: URL) => boolean>>>;

/**
 * A platform's detectPage: the first of its detectors, in PAGE_KINDS order, that says yes.
 * A platform's detectors never overlap (each platform's page tests check every example URL
 * against every kind), so the order is only a tie-break.
 */
export function detectWith(detectors: PageDetectors): (url: URL) => PageKind | undefined {
  const ordered = PAGE_KINDS.flatMap((kind) => {
    const is = detectors[kind];
    return is ? [[kind, is] as const] : [];
  });
  return (url) => ordered.find(([, is]) => is(url))?.[0];
}
