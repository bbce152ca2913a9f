import { create } from 'zustand';
import type { SidePanelTabId } from './tabs';

/** Side panel UI state (not persisted): the open tab and the item being looked at. */
interface SidePanelState {
  tab: SidePanelTabId;
  selectedShopKey?: string;
  selectedItemId?: string;
  setTab(tab: SidePanelTabId): void;
  selectItem(shopKey: string | undefined, itemId: string | undefined): void;
}

export const useSidePanelStore = create<SidePanelState>((set) => ({
  tab: 'today',
  setTab: (tab) => set({ tab }),
  selectItem: (selectedShopKey, selectedItemId) => set({ selectedShopKey, selectedItemId }),
}));
