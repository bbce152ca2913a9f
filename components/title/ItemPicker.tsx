import { useId, useMemo, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { formatTime } from '@/lib/format';
import { FEEDING_PAGES, SampleOffer } from '@/components/analysis/EmptyState';
import '@/components/sample/sample.css';
import type { ItemRow } from '@/lib/db';
import { SAMPLE_SHOP_KEY } from '@/lib/sample/generate';
import { normalizeForMatch } from '@/lib/title/banned';
import { platformOfShopKey, useItems, useOpenItem, type PickedItem } from './data';

const MAX_RESULTS = 20;

/** Pick an item: the one open in the edit page, or any captured item by title or id. */
export default function ItemPicker({
  selected,
  onSelect,
}: {
  selected: PickedItem | undefined;
  onSelect(item: PickedItem): void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const items = useItems();
  const open = useOpenItem();
  const [query, setQuery] = useState('');

  const results = useMemo(() => {
    if (!items) return undefined;
    const q = normalizeForMatch(query.trim());
    const matching = q
      ? items.filter((r) => r.itemId.includes(q) || normalizeForMatch(r.title ?? '').includes(q))
      : items;
    return [...matching].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_RESULTS);
  }, [items, query]);

  const isSelected = (p: PickedItem) => selected?.platform === p.platform && selected.itemId === p.itemId;
  const openRow = open ? items?.find((r) => r.itemId === open.itemId && platformOfShopKey(r.shopKey) === open.platform) : undefined;
  const label = (r: ItemRow | undefined, itemId: string) => (r?.title ? `${r.title}（${itemId}）` : itemId);

  return (
    <div className="title-picker">
      {open && (
        <button type="button" className="title-open-item" aria-pressed={isSelected(open)} onClick={() => onSelect(open)}>
          {t('title.panel.openInTab', { time: open.openedAt === undefined ? '' : formatTime(open.openedAt, locale) })}
          {t('common.labelSeparator')}
          {label(openRow, open.itemId)}
        </button>
      )}
      <label htmlFor={id} className="sr-only">
        {t('title.panel.search')}
      </label>
      <input
        id={id}
        type="search"
        placeholder={t('title.panel.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {results === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : items!.length === 0 ? (
        open ? null : (
          <div className="empty">
            <p>{t('title.panel.noItems')}</p>
            <p>
              <a href={FEEDING_PAGES.title.href} target="_blank" rel="noreferrer">
                {t(FEEDING_PAGES.title.label)}
              </a>
            </p>
            <SampleOffer />
          </div>
        )
      ) : results.length === 0 ? (
        <p className="muted">{t('title.panel.noMatch')}</p>
      ) : (
        <ul className="title-results" aria-label={t('title.panel.pick')}>
          {results.map((r) => {
            const item = { platform: platformOfShopKey(r.shopKey), itemId: r.itemId };
            return (
              <li key={`${r.shopKey}/${r.itemId}`}>
                <button type="button" aria-pressed={isSelected(item)} onClick={() => onSelect(item)}>
                  <span className="title-result-name">
                    {r.title ?? r.itemId}
                    {r.shopKey === SAMPLE_SHOP_KEY ? <span className="sample-tag">{t('sample.tag')}</span> : null}
                  </span>
                  <span className="muted">
                    {t(`platform.${item.platform}`)} · {r.itemId}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
