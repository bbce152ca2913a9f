import type { PageKind } from '@/lib/model/pages';

/** Where on this platform each kind of work is done (checklist deep links). */
export const links: Partial<Record<PageKind, string>> = {};
