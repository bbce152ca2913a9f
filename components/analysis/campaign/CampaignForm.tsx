import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '@/components/app/i18n';
import { addDays } from '@/lib/dates';
import { db, type CampaignRow, type ShopRow } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { PLATFORM_IDS, type PlatformId } from '@/lib/model/consoles';
import ItemName from '../items/ItemName';

const MAX_RESULTS = 30;

/** Define or edit a campaign: name, platform, start and end, and the items it promoted. */
export default function CampaignForm({ shop, campaign, today, onDone }: { shop: ShopRow; campaign?: CampaignRow; today: string; onDone(id?: number): void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(campaign?.name ?? '');
  const [platform, setPlatform] = useState<PlatformId>(campaign?.platform ?? shop.platform);
  const [start, setStart] = useState(campaign?.start ?? addDays(today, -7));
  const [end, setEnd] = useState(campaign?.end ?? addDays(today, -1));
  const [itemIds, setItemIds] = useState<string[]>(campaign?.itemIds ?? []);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const items = useLiveQuery(() => db.items.where('shopKey').equals(shop.key).toArray(), [shop.key]);
  const titles = useMemo(() => new Map((items ?? []).map((i) => [i.itemId, i.title])), [items]);
  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (items ?? []).filter((i) => !q || i.itemId.includes(q) || (i.title ?? '').toLowerCase().includes(q)).slice(0, MAX_RESULTS);
  }, [items, query]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (start > end) return setError(t('analysis.campaign.form.order'));
    setSaving(true);
    setError(undefined);
    try {
      const saved = await sendToBackground('campaign.save', {
        ...(campaign?.id !== undefined ? { id: campaign.id } : {}),
        shopKey: shop.key,
        platform,
        name,
        start,
        end,
        itemIds,
        notes: campaign?.notes ?? '',
      });
      onDone(saved.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  const toggle = (itemId: string, on: boolean) => setItemIds((ids) => (on ? [...ids, itemId] : ids.filter((x) => x !== itemId)));

  return (
    <form className="card an-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(campaign ? 'analysis.campaign.form.edit' : 'analysis.campaign.form.new')}</h3>
      <label className="an-field">
        <span>{t('analysis.campaign.form.name')}</span>
        <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('analysis.campaign.form.namePlaceholder')} />
      </label>
      <label className="an-field">
        <span>{t('analysis.campaign.form.platform')}</span>
        <select value={platform} onChange={(e) => setPlatform(e.target.value as PlatformId)}>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <div className="an-row2">
        <label className="an-field">
          <span>{t('analysis.campaign.form.start')}</span>
          <input type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="an-field">
          <span>{t('analysis.campaign.form.end')}</span>
          <input type="date" required value={end} min={start} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <fieldset className="an-field">
        <legend>{t('analysis.campaign.form.items', { count: itemIds.length })}</legend>
        {itemIds.length ? (
          <ul className="an-chips" aria-label={t('analysis.campaign.form.chosen')}>
            {itemIds.map((itemId) => (
              <li key={itemId}>
                <button type="button" className="an-chip" onClick={() => toggle(itemId, false)} aria-label={t('analysis.campaign.form.remove', { item: titles.get(itemId) ?? itemId })}>
                  {titles.get(itemId) ?? itemId} ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('analysis.campaign.form.search')} aria-label={t('analysis.campaign.form.search')} />
        {items === undefined ? null : items.length === 0 ? (
          <p className="muted">{t('analysis.campaign.form.noItems')}</p>
        ) : (
          <ul className="an-picklist">
            {results.map((i) => (
              <li key={i.itemId}>
                <label>
                  <input type="checkbox" checked={itemIds.includes(i.itemId)} onChange={(e) => toggle(i.itemId, e.target.checked)} />
                  <ItemName itemId={i.itemId} title={i.title} />
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {error ? (
        <p className="bad" role="alert">
          {t('analysis.campaign.form.error', { reason: error })}
        </p>
      ) : null}
      <p className="an-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => onDone(campaign?.id)}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
