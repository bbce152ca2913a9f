import { useState } from 'react';
import { useT } from '@/components/app/i18n';
import { useAnalysisStore } from '@/components/analysis/hooks';
import { explainFailure } from '@/components/trust/error-reason';
import { sendToBackground } from '@/lib/messaging/client';
import { SAMPLE_SHOP_KEY } from '@/lib/sample/generate';
import { useSampleLoaded } from './useSample';

/**
 * 载入示例店铺 / 移除示例店铺: one click each. The background writes (it is the only writer);
 * the analysis then shows the sample shop until the seller picks another. 'load' shows nothing
 * once it is loaded, 'remove' nothing until then, 'toggle' whichever applies.
 */
export default function SampleShopButton({ action }: { action: 'load' | 'remove' | 'toggle' }) {
  const t = useT();
  const loaded = useSampleLoaded();
  const setShop = useAnalysisStore((s) => s.setShop);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (loaded === undefined || (action === 'load' && loaded) || (action === 'remove' && !loaded)) return null;

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (loaded) await sendToBackground('sample.remove', {});
      else {
        await sendToBackground('sample.load', {});
        setShop(SAMPLE_SHOP_KEY);
      }
    } catch (e) {
      setError(explainFailure(t, e, (reason) => t('common.error', { reason })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className={loaded ? undefined : 'primary'} disabled={busy} onClick={() => void run()}>
        {busy ? t('sample.working') : t(loaded ? 'sample.remove' : 'sample.load')}
      </button>
      {error ? (
        <span className="bad" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
