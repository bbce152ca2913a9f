import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings, useSettingsStore } from '@/components/app/settings-store';
import { useToday } from '@/components/popup/useToday';
import { monthDates, shiftMonth, systemTimeZone } from '@/lib/dates';
import { monthSheet } from '@/lib/checklist/export';
import { currentStreak, monthTable } from '@/lib/checklist/history';
import { firstActiveDate, loadDays, loadRecords } from '@/lib/checklist/load';
import { visibleDuties } from '@/lib/checklist/prefs';
import { dutyName } from '@/lib/checklist/text';
import { db } from '@/lib/db';
import { useCurrentShop } from '@/components/analysis/hooks';
import ShopPicker, { shopName } from '@/components/analysis/ShopPicker';
import { csvBlob, downloadBlob, exportFileName, toCsv } from '@/lib/export';
import { formatPercent } from '@/lib/format';
import '../checklist.css';

/**
 * 月度考核表 of the daily checklist: days × duties for a month, the streak, and export to
 * XLSX / CSV. Past days show what was frozen for them; today is live.
 */
export default function ChecklistHistoryTab() {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings();
  const loaded = useSettingsStore((s) => s.loaded);
  const zone = useMemo(() => systemTimeZone(), []);
  const { today } = useToday(zone);
  const thisMonth = today.slice(0, 7);
  const [picked, setMonth] = useState<string>();
  const month = picked && picked <= thisMonth ? picked : thisMonth;
  const duties = useMemo(() => visibleDuties(settings.checklist), [settings.checklist]);
  const [exportError, setExportError] = useState<string>();
  // Each shop has its own 月度考核表: the shop picked in the side panel, else the one read last.
  const { shops, shop } = useCurrentShop();
  const shopKey = shop?.key;

  const data = useLiveQuery(async () => {
    const { first, last } = monthDates(month);
    const until = last < today ? last : today;
    const days = first <= until ? await loadDays(db, duties, first, until, zone, shopKey) : [];
    // Yesterday and today are live too, so the streak is right just after midnight.
    const [recent, since] = await Promise.all([
      month === thisMonth ? Promise.resolve([]) : loadDays(db, duties, today, today, zone, shopKey),
      firstActiveDate(db, zone, shopKey),
    ]);
    const records = await loadRecords(db, today, [...days, ...recent], shopKey);
    return { table: monthTable(month, duties, records, today, since), streak: currentStreak(records, today), since };
  }, [month, duties, today, zone, thisMonth, shopKey]);

  if (!loaded || !data || !shops) return <p className="empty">{t('common.loading')}</p>;
  const { table, streak, since } = data;
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const monthLabel = t('checklist.history.month', { year, month: mon });
  const names = table.duties.map((d) => dutyName(t, d));
  const canGoBack = since !== undefined && month > since.slice(0, 7);
  // Nothing done all month (or ShopMate has seen nothing yet): a table of empty rows says nothing.
  const empty = table.doneTotal === 0;

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExportError(undefined);
    try {
      const { columns, rows } = monthSheet(table, names, {
        date: t('checklist.history.date'),
        done: t('checklist.history.done'),
        due: t('checklist.history.due'),
        rate: t('checklist.history.rateCol'),
        total: t('checklist.history.total'),
        tick: t('checklist.history.tick'),
      });
      const base = shop ? `${t('checklist.history.title')}-${shopName(shop, t)}` : t('checklist.history.title');
      if (format === 'csv') downloadBlob(exportFileName(base, month, 'csv'), csvBlob(toCsv(columns, rows)));
      else {
        // The XLSX writer is loaded only when asked for.
        const { toXlsxBlob } = await import('@/lib/export/xlsx');
        downloadBlob(exportFileName(base, month, 'xlsx'), await toXlsxBlob(columns, rows, `${base} ${month}`));
      }
    } catch (e) {
      setExportError(t('checklist.history.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section className="cl-history" aria-labelledby="cl-history-title">
      {shop ? <ShopPicker shops={shops} shop={shop} /> : null}
      <div className="cl-history-head">
        <h2 id="cl-history-title">
          {t('checklist.history.title')} · {monthLabel}
        </h2>
        <div className="cl-history-nav">
          <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} disabled={!canGoBack} aria-label={t('checklist.history.prev')}>
            ‹
          </button>
          <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} disabled={month >= thisMonth} aria-label={t('checklist.history.next')}>
            ›
          </button>
        </div>
      </div>

      <ul className="cl-history-stats">
        <li>{t('checklist.history.streak', { days: streak })}</li>
        <li>{t('checklist.history.best', { days: table.longestStreak })}</li>
        <li>{t('checklist.history.completeDays', { days: table.completeDays, counted: table.countedDays })}</li>
        <li>{t('checklist.history.rate', { rate: formatPercent(table.rate, locale, 1) })}</li>
      </ul>

      {empty ? (
        <p className="empty">{t('checklist.history.empty')}</p>
      ) : (
        <div className="cl-table-wrap">
          <table className="cl-table" aria-label={t('checklist.history.tableLabel', { month: monthLabel })}>
            <thead>
              <tr>
                <th scope="col">{t('checklist.history.date')}</th>
                {table.duties.map((d, i) => (
                  <th key={d.id} scope="col" className="cl-duty-col" title={names[i]}>
                    <span>{short(names[i]!)}</span>
                  </th>
                ))}
                <th scope="col">{t('checklist.history.done')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const day = Number(row.date.slice(8));
                return (
                  <tr key={row.date} data-date={row.date} data-state={row.state} className={row.date === today ? 'today' : row.complete ? 'complete' : ''}>
                    <th scope="row">
                      <time dateTime={row.date}>{day}</time>
                    </th>
                    {table.duties.map((d, i) =>
                      row.state !== 'day' ? (
                        <td key={d.id} className="cl-cell blank" />
                      ) : (
                        <td
                          key={d.id}
                          className={`cl-cell ${row.done.has(d.id) ? 'done' : 'open'}`}
                          aria-label={t(row.done.has(d.id) ? 'checklist.history.cellDone' : 'checklist.history.cellOpen', { date: row.date, duty: names[i]! })}
                        >
                          {row.done.has(d.id) ? t('checklist.history.tick') : ''}
                        </td>
                      ),
                    )}
                    <td className="cl-count">
                      {row.state === 'day' ? t('checklist.progress', { done: row.doneCount, total: row.total }) : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('checklist.history.total')}</th>
                {table.duties.map((d) => (
                  <td key={d.id} className="cl-count">
                    {table.perDuty[d.id]}
                  </td>
                ))}
                <td className="cl-count">{t('checklist.progress', { done: table.doneTotal, total: table.dueTotal })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {!empty && <p className="cl-legend">{t('checklist.history.legend')}</p>}

      <div className="cl-history-export">
        <button type="button" onClick={() => void exportAs('xlsx')} disabled={empty}>
          {t('checklist.history.exportXlsx')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')} disabled={empty}>
          {t('checklist.history.exportCsv')}
        </button>
      </div>
      {exportError && (
        <p className="bad" role="alert">
          {exportError}
        </p>
      )}
    </section>
  );
}

/** Column headers stand upright: long (own) duty names are cut, the full name is in the title. */
const short = (name: string) => {
  const chars = [...name];
  return chars.length > 8 ? `${chars.slice(0, 7).join('')}…` : name;
};
