import { useT } from '@/components/app/i18n';
import type { TitleDiff } from '@/lib/title/diff';

/** A title with the characters an edit added (highlighted) and removed (struck through). */
export default function DiffText({ diff, label }: { diff: TitleDiff; label?: string }) {
  const t = useT();
  return (
    <p className="title-diff" aria-label={label}>
      {diff.segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'added' ? (
          <ins key={i} title={t('title.diff.added')}>
            {s.text}
          </ins>
        ) : (
          <del key={i} title={t('title.diff.removed')}>
            {s.text}
          </del>
        ),
      )}
    </p>
  );
}
