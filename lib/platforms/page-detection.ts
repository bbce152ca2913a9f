import { isPeerPath } from '@/lib/extract/peer';
import { PAGE_KINDS, type PageKind } from '@/lib/model/consoles';

/** A pure URL test for one kind of console page. */
export type Detector = (url: URL) => boolean;

/** One platform's pure URL tests, per page kind it knows. */
export type PageDetectors = Readonly<Partial<Record<PageKind, Detector>>>;

/**
 * One platform's page detectors, each added with the console URLs its tests check it on, beside
 * it (github-url-detection's pattern: `isCompare` and its test URLs side by side). The platform's
 * page tests check every URL positive for its own kind and negative for every other kind, so the
 * detectors never overlap.
 *
 * @example
 *   const pages = pageKinds();
 *   export const isTrade = pages.add('trade', (url: URL) => sycm(url, '/ipoll'), ['https://sycm.taobao.com/ipoll/index.htm']);
 *   export const detectPage = pages.detect;
 */
export function pageKinds() {
  const detectors: Partial<Record<PageKind, Detector>> = {};
  const examples: Partial<Record<PageKind, string[]>> = {};
  let ordered: (readonly [PageKind, Detector])[] | undefined;
  return {
    detectors: detectors as PageDetectors,
    /** The URLs each detector is tested on, per kind. */
    examples: examples as Readonly<Partial<Record<PageKind, string[]>>>,
    /** Adds the detector of `kind` with its example URLs; returns the detector. */
    add(kind: PageKind, is: Detector, urls: string[]): Detector {
      detectors[kind] = is;
      examples[kind] = urls;
      ordered = undefined;
      return is;
    },
    /**
     * The first detector, in PAGE_KINDS order, that says yes (the order is only a tie-break:
     * the detectors do not overlap).
     */
    detect: (url: URL): PageKind | undefined => {
      // A market or competition page (生意参谋 市场/竞争, 商智 行业 …) is never the shop's, whatever it resembles.
      if (isPeerPath(url)) return undefined;
      ordered ??= PAGE_KINDS.flatMap((kind) => {
        const is = detectors[kind];
        return is ? [[kind, is] as const] : [];
      });
      return ordered.find(([, is]) => is(url))?.[0];
    },
  };
}

/** The URL is https on one of these hosts (never http, never a look-alike host). */
export const host = (url: URL, ...names: string[]) => url.protocol === 'https:' && names.includes(url.hostname);

/** The path without its trailing slash, lower case. */
export const path = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();

/** The path is one of these prefixes or below one of them. */
export const under = (url: URL, prefixes: readonly string[]) => prefixes.some((p) => path(url) === p || path(url).startsWith(`${p}/`));

/** https on `name`, with the path one of these prefixes or below one. */
export const hostPath = (url: URL, name: string, prefixes: readonly string[]) => host(url, name) && under(url, prefixes);
