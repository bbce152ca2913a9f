import { useT } from '@/components/app/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { platformById } from '@/lib/platforms/registry';

/** The console page where this is done on the shop's platform, if ShopMate knows it. */
export function actUrl(platform: PlatformId, kind: PageKind | undefined): string | undefined {
  return kind ? platformById(platform)?.links[kind] : undefined;
}

/** "去{page}处理" → the platform's page, opened in a new tab; nothing when the link is unknown. */
export default function ActLink({ platform, kind }: { platform: PlatformId; kind: PageKind | undefined }) {
  const t = useT();
  const url = actUrl(platform, kind);
  if (!url || !kind) return null;
  return (
    <a className="an-act" href={url} target="_blank" rel="noreferrer">
      {t('analysis.act', { page: t(`page.${kind}` as MessageKey), platform: t(`platform.${platform}` as MessageKey) })}
    </a>
  );
}
