import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useT } from '@/components/app/i18n';
import { Pending } from '@/components/analysis/EmptyState';
import ExportButtons from '@/components/analysis/ExportButtons';
import { monthLabel } from '@/lib/format';
import { Cell } from '@/components/analysis/ReportTable';
import { allShopsExportColumns, reportHeader } from '@/components/analysis/report-export';
import { shopName } from '@/components/analysis/ShopPicker';
import { ALL_SHOPS_COLUMNS, allShopsMonth, isMoneyBound, summaryLines, type SummaryLine, type SummaryShop } from '@/lib/analysis/all-shops';
import { addDays, monthOf } from '@/lib/dates';
import { db, type ShopRow } from '@/lib/db';
import type { MessageKey, Translate } from '@/lib/i18n';
import './all-shops.css';
import ScrollTable from '@/components/analysis/ScrollTable';

/** The running month and the eleven before it, newest first (as the 月度考核表 covers). */
const MONTHS = 12;
function recentMonths(today: string): string[] {
  const out = [monthOf(today)];
  while (out.length < MONTHS) out.push(monthOf(addDays(`${out.at(-1)!}-01`, -1)));
  return out;
}

const lineName = (line: SummaryLine, t: Translate) =>
  line.kind === 'shop' ? shopName(line.row.shop, t) : line.kind === 'currency' ? t('allShops.total.currency', { currency: line.total.currency }) : t('allShops.total.all');

/**
 * 全部店铺 · 月度汇总 (issue 13): every shop's month side by side, with one total per currency
 * and, when currencies differ, an all-shops line of counts only (lib/analysis/all-shops.ts).
 * Reads the month's rows of every shop live; exports as XLSX/CSV named 全部店铺.
 */
export default function AllShopsSummary({ shops, today }: { shops: ShopRow[]; today: string }) {
  const t = useT();
  const locale = useLocale();
  const pickId = useId();
  const months = useMemo(() => recentMonths(today), [today]);
  const [chosen, setMonth] = useState<string>();
  const month = chosen && months.includes(chosen) ? chosen : months[0]!;
  const days = useLiveQuery(() => db.shopDaily.where('date').between(`${month}-01`, `${month}-31`, true, true).toArray(), [month]);
  const summary = useMemo(() => (days ? allShopsMonth(shops, days, month, today) : undefined), [shops, days, month, today]);
  const lines = useMemo(() => (summary ? summaryLines(summary) : []), [summary]);
  const label = monthLabel(month, locale);

  return (
    <section aria-labelledby="an-all-shops" data-testid="all-shops-section">
      <div className="an-head">
        <h2 id="an-all-shops">{t('allShops.title')}</h2>
        {summary && summary.shopsWithData >= 2 ? (
          <ExportButtons
            label={t('allShops.title')}
            base={t('allShops.file')}
            date={month}
            sheets={() => [{ name: t('allShops.sheet', { month }), columns: allShopsExportColumns(t, (l) => lineName(l, t), summary.running ? today : undefined), rows: lines }]}
          />
        ) : null}
      </div>
      <p className="as-month">
        <label htmlFor={pickId}>{t('allShops.month')}</label>
        <select id={pickId} value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {monthLabel(m, locale)}
            </option>
          ))}
        </select>
        {summary?.running ? <span className="an-live-tag">{t('analysis.month.running')}</span> : null}
      </p>
      {!summary ? (
        <Pending />
      ) : summary.shopsWithData < 2 ? (
        <Empty month={label} only={summary.rows.find((r) => r.daysWithData > 0)?.shop} />
      ) : (
        <>
          <p className="muted an-legend">{t('allShops.hint')}</p>
          <ScrollTable
            label={t('allShops.title')}
            testId="all-shops-summary"
            className="as-table"
            headers={[t('allShops.col.shop'), t('allShops.col.currency'), t('analysis.col.daysWithData'), ...ALL_SHOPS_COLUMNS.map((k) => reportHeader(k, t))]}
          >
            {lines.map((line) => (
              <Line key={line.kind === 'shop' ? line.row.shop.key : line.kind === 'currency' ? `total:${line.total.currency}` : 'total'} line={line} />
            ))}
          </ScrollTable>
        </>
      )}
    </section>
  );
}

function Line({ line }: { line: SummaryLine }) {
  const t = useT();
  const name = lineName(line, t);
  if (line.kind === 'shop') {
    const { row } = line;
    return (
      <tr data-shop={row.shop.key}>
        <th scope="row" title={name}>
          <span className="as-name">{name}</span>
          <span className="as-sub">{t(`platform.${row.shop.platform}` as MessageKey)}</span>
        </th>
        <td data-col="currency">{row.shop.currency}</td>
        <td data-col="days">
          {row.daysWithData}/{row.days}
        </td>
        {ALL_SHOPS_COLUMNS.map((k) => (
          <Cell key={k} cell={row.cells[k]} kind={k} currency={row.shop.currency} />
        ))}
      </tr>
    );
  }
  const { total } = line;
  const currency = line.kind === 'currency' ? line.total.currency : undefined;
  return (
    <tr className="as-total" data-total={currency ?? 'all'}>
      <th scope="row" title={name}>
        <span className="as-name">{name}</span>
        <span className="as-sub">{t('allShops.total.shops', { withData: total.shopsWithData, shops: total.shops })}</span>
      </th>
      <td data-col="currency">{currency ?? t('common.missing')}</td>
      <td data-col="days" />
      {ALL_SHOPS_COLUMNS.map((k) =>
        // Money is added within one currency only: the all-shops line says so instead of a sum.
        !currency && isMoneyBound(k) ? (
          <td key={k} className="as-not-added" title={t('allShops.notAddedWhy')}>
            {t('allShops.notAdded')}
          </td>
        ) : (
          <Cell key={k} cell={total.cells[k]} kind={k} currency={currency ?? 'CNY'} />
        ),
      )}
    </tr>
  );
}

/**
 * Next to the shop picker: the summary sits below the long 数据日报表, so a seller with several
 * shops gets there in one press (a button, not a #hash: the side panel's tabs own the URL).
 */
export function AllShopsJump({ shops }: { shops: readonly ShopRow[] }) {
  const t = useT();
  if (shops.filter((s) => !s.sample).length < 2) return null;
  const jump = () => {
    const section = document.querySelector<HTMLElement>('[data-testid="all-shops-section"]');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('select')?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="an-more" onClick={jump}>
      {t('allShops.jump')}
    </button>
  );
}

/** Fewer than two shops with data this month: say what the summary needs and how to get it. */
function Empty({ month, only }: { month: string; only: SummaryShop | undefined }) {
  const t = useT();
  return (
    <div className="empty an-empty as-empty" role="status" data-testid="all-shops-empty">
      <p>{only ? t('allShops.empty.one', { month, name: shopName(only, t) }) : t('allShops.empty.none', { month })}</p>
      <p>{t('allShops.empty.how')}</p>
      <p className="an-actions">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('analysis.empty.import')}
        </button>
      </p>
    </div>
  );
}
