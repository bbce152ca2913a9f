import { useState } from 'react';
import { useT } from '@/components/app/i18n';

/** The first `step` entries of a long list, and a button that shows `step` more (lists stay quick to open). */
export function useShown<T>(list: readonly T[], step = 20): [T[], React.ReactNode] {
  const t = useT();
  const [count, setCount] = useState(step);
  const more = list.length - count;
  return [
    list.slice(0, count),
    more > 0 ? (
      <button type="button" className="an-more" onClick={() => setCount((c) => c + step)}>
        {t('analysis.showMore', { count: Math.min(step, more), left: more })}
      </button>
    ) : null,
  ];
}
