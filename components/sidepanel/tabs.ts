import type { ComponentLoader } from '@/components/app/useLoadedComponent';
import type { MessageKey } from '@/lib/i18n';

/**
 * The side panel's tabs, in order. Each tab is one component file in its own chunk: the open
 * tab loads first, the others once the panel has painted (so switching is instant).
 */
export const SIDE_PANEL_TABS = [
  { id: 'today', label: 'tab.today', load: () => import('./tabs/TodayTab') },
  { id: 'title', label: 'tab.title', load: () => import('./tabs/TitleTab') },
  { id: 'report', label: 'tab.report', load: () => import('./tabs/ReportTab') },
  { id: 'items', label: 'tab.items', load: () => import('./tabs/ItemsTab') },
  { id: 'campaigns', label: 'tab.campaigns', load: () => import('./tabs/CampaignsTab') },
  { id: 'tips', label: 'tab.tips', load: () => import('./tabs/TipsTab') },
  { id: 'checklistHistory', label: 'tab.checklistHistory', load: () => import('./tabs/ChecklistHistoryTab') },
] as const satisfies readonly { id: string; label: MessageKey; load: ComponentLoader }[];

export type SidePanelTabId = (typeof SIDE_PANEL_TABS)[number]['id'];
