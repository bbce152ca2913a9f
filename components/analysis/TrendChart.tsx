import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLocale, useT } from '@/components/app/i18n';
import type { ValueKind } from '@/lib/format';
import { formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { useChartFrame } from './theme';

/** '#ff5000' + alpha → '#ff500026'; other colour syntaxes are returned as they are. */
export const withAlpha = (color: string, alpha: number) =>
  /^#[0-9a-f]{6}$/i.test(color) ? `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}` : color;

/** Axis ticks: 1.2万 / 12K, percentages with one decimal. */
const compact = new Map<string, Intl.NumberFormat>();
export function axisValue(v: number, kind: ValueKind, locale: string): string {
  if (kind === 'percent') return `${(v * 100).toFixed(1)}%`;
  let f = compact.get(locale);
  if (!f) compact.set(locale, (f = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })));
  return f.format(v);
}

/**
 * A day-by-day trend line (uPlot: small and fast). Gaps stay gaps (the line breaks). The canvas
 * is decoration for sighted users; the caption says what it shows and the numbers are in a table
 * under it.
 */
export default function TrendChart({
  label,
  dates,
  values,
  kind,
  currency,
  summary,
}: {
  label: string;
  dates: readonly string[];
  values: readonly (number | undefined)[];
  kind: ValueKind;
  currency: Currency;
  summary?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { theme, setBox, width, captionId } = useChartFrame();
  const plot = useRef<HTMLDivElement>(null);
  const known = values.filter((v) => v !== undefined).length;
  // The numbers' table is built when the seller opens it (a 90-day chart would carry 90 rows).
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const el = plot.current;
    if (!el || !known || !width) return;
    const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatValue(v, kind, locale, currency));
    const chart = new uPlot(
      {
        width,
        height: 132,
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 6, fill: theme.accent } },
        // Room on the right for the last date label.
        padding: [8, 20, 0, 0],
        scales: {
          x: { time: false },
          y: { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          {
            stroke: theme.soft,
            grid: { show: false },
            ticks: { stroke: theme.grid, size: 4 },
            space: 56,
            incrs: [1, 2, 7, 14, 28],
            values: (_u, splits) => splits.map((i) => (Number.isInteger(i) && dates[i] ? shortDate(dates[i]!, locale) : '')),
            font: '11px system-ui, sans-serif',
          },
          {
            stroke: theme.soft,
            grid: { stroke: theme.grid, width: 1 },
            ticks: { show: false },
            size: 52,
            values: (_u, splits) => splits.map((v) => (v === null || v === undefined ? '' : axisValue(v, kind, locale))),
            font: '11px system-ui, sans-serif',
          },
        ],
        series: [
          { value: (_u, i) => (i === null || !dates[i] ? '' : dates[i]!) },
          {
            label,
            stroke: theme.accent,
            width: 2,
            fill: withAlpha(theme.accent, 0.12),
            spanGaps: false,
            points: { show: dates.length <= 31, size: 4, fill: theme.accent, stroke: theme.accent },
            value: (_u, v) => fmt(v),
          },
        ],
      },
      [dates.map((_, i) => i), values.map((v) => (v === undefined ? null : v))],
      el,
    );
    return () => chart.destroy();
  }, [dates, values, width, theme, kind, locale, currency, label, known]);

  return (
    <figure className="an-chart card" ref={setBox} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{label}</strong> {summary ? <span className="muted">{summary}</span> : null}
      </figcaption>
      {known ? <div ref={plot} className="an-plot" aria-hidden="true" data-testid="trend-plot" /> : <p className="muted an-chart-empty">{t('analysis.chart.noData')}</p>}
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('analysis.chart.table')}</summary>
        {open ? (
        <table className="an-mini">
          <thead>
            <tr>
              <th scope="col">{t('analysis.col.date')}</th>
              <th scope="col">{label}</th>
            </tr>
          </thead>
          <tbody>
            {dates.map((d, i) => (
              <tr key={d}>
                <td>{shortDate(d, locale)}</td>
                <td>{formatValue(values[i], kind, locale, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        ) : null}
      </details>
    </figure>
  );
}
