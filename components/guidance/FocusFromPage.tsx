import { useEffect } from 'react';
import { useAnalysisStore } from '@/components/analysis/hooks';
import { useSidePanelStore } from '@/components/sidepanel/ui-store';
import { guidanceFocusItem, type GuidanceFocus } from '@/lib/guidance/focus';

/** A hint followed from the console page is this recent: older ones were for an earlier opening. */
const FRESH_MS = 60_000;

/**
 * The side panel's end of in-page guidance (issue 19): when the seller follows a hint on the
 * console page, the panel opens on what it is about — the shop, the tab, the 宝贝 section or the
 * campaign — whether it was closed (read on mount) or already open (watched). Renders nothing.
 */
export default function FocusFromPage() {
  const setTab = useSidePanelStore((s) => s.setTab);
  const selectItem = useSidePanelStore((s) => s.selectItem);
  const { setShop, setFocus } = useAnalysisStore();
  useEffect(() => {
    const apply = (focus: GuidanceFocus | null) => {
      if (!focus || Date.now() - focus.at > FRESH_MS) return;
      setShop(focus.shopKey);
      selectItem(focus.shopKey, focus.itemId);
      setFocus(focus.focus, focus.campaignId);
      setTab(focus.tab);
      void guidanceFocusItem.setValue(null);
    };
    void guidanceFocusItem.getValue().then(apply);
    return guidanceFocusItem.watch(apply);
  }, [setTab, selectItem, setShop, setFocus]);
  return null;
}
