import { useT } from '@/components/app/i18n';
import SampleShopButton from './SampleShopButton';
import { useSampleLoaded } from './useSample';
import './sample.css';

/** While the 示例店铺 is loaded, every view says so, with the one click that removes it. */
export default function SampleBanner() {
  const t = useT();
  const loaded = useSampleLoaded();
  if (!loaded) return null;
  return (
    <div className="sample-banner" role="note" data-testid="sample-banner">
      <p>
        <strong>{t('sample.banner.title')}</strong> {t('sample.banner.body')}
      </p>
      <SampleShopButton action="remove" />
    </div>
  );
}
