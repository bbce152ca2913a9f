import { useId } from 'react';
import { useT } from '@/components/app/i18n';
import SampleShopButton from '@/components/sample/SampleShopButton';
import { useSampleLoaded } from '@/components/sample/useSample';

/** 示例店铺: load a made-up shop to see every view at work, or remove it. */
export default function SampleSection() {
  const t = useT();
  const id = useId();
  const loaded = useSampleLoaded();
  return (
    <section aria-labelledby={id} data-testid="sample-section">
      <h2 id={id}>{t('sample.options.title')}</h2>
      <p className="muted">{t('sample.options.hint')}</p>
      {loaded ? <p className="warn">{t('sample.banner.title')}</p> : null}
      <p>
        <SampleShopButton action="toggle" />
      </p>
    </section>
  );
}
