import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { shopLabel, shopName } from '@/components/analysis/ShopPicker';
import { explainFailure } from '@/components/trust/error-reason';
import { db, type ShopRow } from '@/lib/db';
import { formatDate } from '@/lib/format';
import { sendToBackground } from '@/lib/messaging/client';

/**
 * 店铺: every shop ShopMate recognised, with the corrections a seller needs — a display name,
 * the days counted for a shop only because their page named none (move each to the right shop,
 * or confirm it), merging two entries that are one shop, and deleting one shop's data.
 */
export default function ShopsSection() {
  const t = useT();
  const id = useId();
  const data = useLiveQuery(async () => {
    // The 示例店铺 has its own section (load / remove): it is never renamed, merged or given a day.
    const shops = (await db.shops.filter((s) => !s.sample).toArray()).sort((a, b) => b.lastSeenAt - a.lastSeenAt);
    // Flagged days: few rows; the date index keeps this to one scan of shopDaily's keys.
    const assumed = await db.shopDaily.filter((r) => r.assumed === true).toArray();
    return { shops, assumed };
  }, []);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const act = async (run: () => Promise<unknown>) => {
    setStatus(undefined);
    try {
      await run();
      setStatus({ ok: true, text: t('shops.done') });
    } catch (e) {
      setStatus({ ok: false, text: explainFailure(t, e, (reason) => t('shops.failed', { reason })) });
    }
  };

  return (
    <section aria-labelledby={id} data-testid="shops-section">
      <h2 id={id}>{t('shops.title')}</h2>
      <p className="muted">{t('shops.hint')}</p>
      {status && (
        <p className={status.ok ? 'good' : 'bad'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
      {!data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.shops.length === 0 ? (
        <p className="empty">{t('shops.empty')}</p>
      ) : (
        <ul className="shop-list">
          {data.shops.map((shop) => (
            <ShopEntry
              key={shop.key}
              shop={shop}
              others={data.shops.filter((s) => s.key !== shop.key && s.platform === shop.platform)}
              assumed={data.assumed.filter((r) => r.shopKey === shop.key).map((r) => r.date).sort()}
              act={act}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ShopEntry({ shop, others, assumed, act }: { shop: ShopRow; others: ShopRow[]; assumed: string[]; act: (run: () => Promise<unknown>) => Promise<void> }) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const [label, setLabel] = useState(shop.label ?? '');
  const [mergeInto, setMergeInto] = useState('');
  const [confirming, setConfirming] = useState<'merge' | 'delete'>();
  const into = others.find((s) => s.key === mergeInto);

  return (
    <li className="shop-entry card" data-shop={shop.key} aria-label={shopLabel(shop, t)}>
      <h3>{shopLabel(shop, t)}</h3>
      <p className="muted">
        {shop.name ? t('shops.consoleName', { name: shop.name }) : t('shops.unnamed')}
        {shop.consoleId ? ` · ${t('shops.id', { id: shop.consoleId })}` : null}
      </p>
      <form
        className="shop-row"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => sendToBackground('shop.rename', { key: shop.key, label }));
        }}
      >
        <label htmlFor={nameId}>{t('shops.rename')}</label>
        <input id={nameId} value={label} maxLength={200} placeholder={shop.name ?? ''} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit">{t('shops.renameSave')}</button>
      </form>

      <h4>{t('shops.assumed')}</h4>
      {assumed.length === 0 ? (
        <p className="muted">{t('shops.assumedNone')}</p>
      ) : (
        <ul className="shop-days">
          {assumed.map((date) => (
            <AssumedDay key={date} shop={shop} others={others} date={date} dateLabel={formatDate(date, locale)} act={act} />
          ))}
        </ul>
      )}

      <div className="shop-row">
        {others.length > 0 ? (
          <>
            <OtherShop label={t('shops.merge')} value={mergeInto} onChange={setMergeInto} others={others} allowNone />
            <button type="button" disabled={!into} onClick={() => setConfirming('merge')}>
              {t('shops.mergeButton')}
            </button>
          </>
        ) : null}
        <button type="button" className="danger" onClick={() => setConfirming('delete')}>
          {t('shops.delete')}
        </button>
      </div>
      {confirming && (
        <div className="shop-confirm" role="alertdialog" aria-label={confirming === 'merge' ? t('shops.mergeButton') : t('shops.delete')}>
          <p>
            {confirming === 'merge' && into
              ? t('shops.mergeConfirm', { from: shopName(shop, t), into: shopName(into, t) })
              : t('shops.deleteConfirm', { name: shopName(shop, t) })}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(undefined);
              void act(() =>
                confirming === 'merge' && into
                  ? sendToBackground('shop.merge', { from: shop.key, into: into.key })
                  : sendToBackground('shop.delete', { key: shop.key, confirm: 'DELETE' }),
              );
            }}
          >
            {t('shops.yes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(undefined)}>
            {t('shops.no')}
          </button>
        </div>
      )}
    </li>
  );
}

function AssumedDay({ shop, others, date, dateLabel, act }: { shop: ShopRow; others: ShopRow[]; date: string; dateLabel: string; act: (run: () => Promise<unknown>) => Promise<void> }) {
  const t = useT();
  const [target, setTarget] = useState(others[0]?.key ?? '');
  return (
    <li className="shop-row" data-date={date}>
      {others.length > 0 ? (
        <>
          <OtherShop label={t('shops.moveTo', { date: dateLabel })} value={target} onChange={setTarget} others={others} />
          <button type="button" disabled={!target} onClick={() => void act(() => sendToBackground('shop.moveDay', { from: shop.key, date, into: target }))}>
            {t('shops.move')}
          </button>
        </>
      ) : (
        <span>{dateLabel}</span>
      )}
      <button type="button" onClick={() => void act(() => sendToBackground('shop.moveDay', { from: shop.key, date, into: shop.key }))}>
        {t('shops.confirmDay')}
      </button>
    </li>
  );
}

/** A labelled choice among the seller's other shops (where to merge or move to). */
function OtherShop({ label, value, onChange, others, allowNone = false }: { label: string; value: string; onChange(key: string): void; others: ShopRow[]; allowNone?: boolean }) {
  const t = useT();
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {allowNone && <option value="">—</option>}
        {others.map((o) => (
          <option key={o.key} value={o.key}>
            {shopName(o, t)}
          </option>
        ))}
      </select>
    </label>
  );
}
