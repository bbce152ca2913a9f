import { useT } from '@/components/app/i18n';
import {
  currentTitle,
  platformOfShopKey,
  useItemDays,
  useItemEdits,
  useItemRow,
  useNow,
  useOpenItem,
  type PickedItem,
} from '@/components/title/data';
import EditHistory from '@/components/title/EditHistory';
import ItemPicker from '@/components/title/ItemPicker';
import TitleChecker from '@/components/title/TitleChecker';
import '@/components/title/title.css';
import { useSidePanelStore } from '../ui-store';

/**
 * 标题助手 (docs/domain.md#title-edits): pick an item, try a candidate title against the current one with the
 * same checks as the page guard, see the edit pace, and learn from the edit history whether
 * each edit helped (before/after numbers, drops flagged).
 */
export default function TitleTab() {
  const t = useT();
  const { selectedShopKey, selectedItemId, selectItem } = useSidePanelStore();
  const open = useOpenItem();
  const picked: PickedItem | undefined =
    selectedShopKey && selectedItemId
      ? { platform: platformOfShopKey(selectedShopKey), itemId: selectedItemId }
      : (open ?? undefined);

  return (
    <div className="title-tab">
      <ItemPicker selected={picked} onSelect={(item) => selectItem(`${item.platform}:default`, item.itemId)} />
      {picked ? (
        <ItemWorkspace key={`${picked.platform}/${picked.itemId}`} item={picked} />
      ) : open === undefined ? null : (
        <p className="muted">{t('title.panel.pick')}</p>
      )}
    </div>
  );
}

function ItemWorkspace({ item }: { item: PickedItem }) {
  const t = useT();
  const now = useNow();
  const row = useItemRow(item);
  const edits = useItemEdits(item);
  const days = useItemDays(item);
  if (row === undefined || edits === undefined || days === undefined) return <p className="empty">{t('common.loading')}</p>;
  const current = currentTitle(row, edits);

  return (
    <section className="title-item" aria-labelledby="title-item-heading">
      <h2 id="title-item-heading">
        {current ?? item.itemId}
        <span className="muted">
          {' '}
          {t(`platform.${item.platform}`)} · {item.itemId}
        </span>
      </h2>
      {current === undefined ? (
        <p className="muted">{t('title.panel.currentUnknown')}</p>
      ) : (
        <TitleChecker key={current} item={item} current={current} edits={edits} now={now} />
      )}
      <h3>{t('title.panel.history')}</h3>
      <EditHistory platform={item.platform} edits={edits} days={days} now={now} />
    </section>
  );
}
