import { browser } from 'wxt/browser';
import { useT } from '@/components/app/i18n';
import SampleShopButton from '@/components/sample/SampleShopButton';
import { useSampleLoaded } from '@/components/sample/useSample';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORM_LINKS } from '@/lib/checklist/links';

/** The console page that feeds each tab (Taobao/Tmall's, the sample shop's platform). */
export const FEEDING_PAGES = {
  report: { href: PLATFORM_LINKS.taobao.dashboard!, label: 'empty.page.report' },
  items: { href: 'https://sycm.taobao.com/cc/item_rank', label: 'empty.page.items' },
  campaigns: { href: PLATFORM_LINKS.taobao.campaigns!, label: 'empty.page.campaigns' },
  title: { href: PLATFORM_LINKS.taobao.itemList!, label: 'empty.page.title' },
} as const satisfies Record<string, { href: string; label: MessageKey }>;

/**
 * Not enough data yet: say what the view needs and how far along the seller is, link to the
 * console page that feeds it, offer importing a report, and the sample shop to see the view at work.
 */
export default function EmptyState({ what, progress, page = FEEDING_PAGES.report }: { what: MessageKey; progress?: string; page?: { href: string; label: MessageKey } }) {
  const t = useT();
  return (
    <div className="empty an-empty" role="status">
      <p>{t(what)}</p>
      {progress ? <p className="an-progress">{progress}</p> : null}
      <p>{t('analysis.empty.how')}</p>
      <p className="an-actions">
        <a href={page.href} target="_blank" rel="noreferrer">
          {t(page.label)}
        </a>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('analysis.empty.import')}
        </button>
      </p>
      <SampleOffer />
    </div>
  );
}

/** The sample shop, offered where there is nothing to show yet (nothing once it is loaded). */
export function SampleOffer() {
  const t = useT();
  if (useSampleLoaded() !== false) return null;
  return (
    <div className="an-sample-offer">
      <SampleShopButton action="load" />
      <p className="muted">{t('sample.hint')}</p>
    </div>
  );
}

/** A section's own loading / error line. */
export function Pending({ error }: { error?: string }) {
  const t = useT();
  return error ? (
    <p className="bad" role="alert">
      {t('common.error', { reason: error })}
    </p>
  ) : (
    <p className="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}
