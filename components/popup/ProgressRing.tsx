import { useT } from '@/components/app/i18n';
import { checklistProgressbar } from '@/components/app/progressbar';

/** x/N in a ring; a real progressbar for screen readers. Also used at the top of the side panel (compact). */
export default function ProgressRing({ done, total, size = 64 }: { done: number; total: number; size?: number }) {
  const t = useT();
  const stroke = Math.max(4, Math.round(size / 10));
  const r = (size - stroke) / 2;
  const c = 2 * Math.PI * r;
  const ratio = total > 0 ? done / total : 0;
  return (
    <div
      className="pp-ring"
      {...checklistProgressbar(t, done, total)}
      style={{ width: size, height: size }}
    >
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
        <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke="var(--border)" strokeWidth={stroke} />
        <circle
          cx={size / 2}
          cy={size / 2}
          r={r}
          fill="none"
          stroke={ratio >= 1 ? 'var(--good)' : 'var(--accent)'}
          strokeWidth={stroke}
          strokeLinecap="round"
          strokeDasharray={`${c * ratio} ${c}`}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      </svg>
      <span className="pp-ring-text" aria-hidden="true">
        {t('checklist.progress', { done, total })}
      </span>
    </div>
  );
}
