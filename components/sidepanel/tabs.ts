import { lazy } from 'react';
import type { MessageKey } from '@/lib/i18n';

/** The side panel's tabs, in order. Each tab is one component file, loaded when first opened. */
export const SIDE_PANEL_TABS = [
  { id: 'today', label: 'tab.today', Component: lazy(() => import('./tabs/TodayTab')) },
  { id: 'title', label: 'tab.title', Component: lazy(() => import('./tabs/TitleTab')) },
  { id: 'report', label: 'tab.report', Component: lazy(() => import('./tabs/ReportTab')) },
  { id: 'items', label: 'tab.items', Component: lazy(() => import('./tabs/ItemsTab')) },
  { id: 'campaigns', label: 'tab.campaigns', Component: lazy(() => import('./tabs/CampaignsTab')) },
  { id: 'tips', label: 'tab.tips', Component: lazy(() => import('./tabs/TipsTab')) },
  { id: 'checklistHistory', label: 'tab.checklistHistory', Component: lazy(() => import('./tabs/ChecklistHistoryTab')) },
] as const satisfies readonly { id: string; label: MessageKey; Component: unknown }[];

export type SidePanelTabId = (typeof SIDE_PANEL_TABS)[number]['id'];
