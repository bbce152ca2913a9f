import type { Translate } from '@/lib/i18n';

/** The checklist's progress as an ARIA progressbar (the popup's ring and the side panel's bar say it alike). */
export const checklistProgressbar = (t: Translate, done: number, total: number) =>
  ({
    role: 'progressbar',
    'aria-label': t('checklist.progressLabel'),
    'aria-valuemin': 0,
    'aria-valuemax': total,
    'aria-valuenow': done,
    'aria-valuetext': t('checklist.progressLong', { done, total }),
  }) as const;
