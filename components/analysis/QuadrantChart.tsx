import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLocale, useT } from '@/components/app/i18n';
import type { QuadrantAnalysis } from '@/lib/messaging/messages/analysis';
import type { Quadrant } from '@/lib/analysis/quadrant';
import { formatValue } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { useChartFrame, type ChartTheme } from './theme';
import { axisValue } from './TrendChart';

const ORDER: Quadrant[] = ['star', 'premium', 'driver', 'weak'];

/** 1, 2, 5 × 10ⁿ between min and max; fewer (1 × 10ⁿ only) when the range spans many decades. */
export function niceLogSplits(min: number, max: number): number[] {
  const out: number[] = [];
  const lo = Math.floor(Math.log10(Math.max(min, 1e-9)));
  const hi = Math.ceil(Math.log10(Math.max(max, 1e-9)));
  const steps = hi - lo > 3 ? [1] : [1, 2, 5];
  for (let e = lo; e <= hi; e++) for (const m of steps) {
    const v = m * 10 ** e;
    if (v >= min * 0.999 && v <= max * 1.001) out.push(v);
  }
  return out;
}

/** ¥20, ¥1千 / ¥1K: short price ticks. */
const priceTicks = new Map<string, Intl.NumberFormat>();
const priceTick = (v: number, locale: string, currency: Currency) => {
  let f = priceTicks.get(`${locale}|${currency}`);
  if (!f) priceTicks.set(`${locale}|${currency}`, (f = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })));
  return f.format(v);
};
/** Both axes' look: small system font, soft lines, no tick marks. */
const axisStyle = (theme: ChartTheme) => ({
  labelSize: 18,
  labelFont: '11px system-ui, sans-serif',
  font: '11px system-ui, sans-serif',
  stroke: theme.soft,
  grid: { stroke: theme.grid, width: 1 },
  ticks: { show: false },
});

export const quadrantColor = (q: Quadrant | 'low', theme: ChartTheme) =>
  q === 'star' ? theme.good : q === 'premium' ? theme.blue : q === 'driver' ? theme.warn : q === 'weak' ? theme.bad : theme.soft;

/**
 * Price (x, log scale) × conversion (y): one dot per item, coloured by quadrant, items under the
 * traffic floor hollow and grey; dashed lines at the median price and the shop's conversion.
 * The caption says how many items are in each quadrant; the lists under the chart name them.
 */
export default function QuadrantChart({ data, currency }: { data: QuadrantAnalysis; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const { theme, setBox, width, captionId } = useChartFrame();
  const plot = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const points = useMemo(() => [...data.points].sort((a, b) => a.price - b.price), [data.points]);

  useEffect(() => {
    const el = plot.current;
    if (!el || !points.length || !width) return;
    const x = points.map((p) => p.price);
    const ys = [...ORDER, 'low' as const].map((q) => points.map((p) => ((q === 'low' ? p.lowTraffic : !p.lowTraffic && p.quadrant === q) ? p.conversion : null)));
    const labels = Object.fromEntries(ORDER.map((q) => [q, t(`analysis.quadrant.${q}`)]));
    const chart = new uPlot(
      {
        width,
        height: Math.min(300, Math.round(width * 0.75)),
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 9 } },
        padding: [10, 10, 0, 0],
        scales: { x: { time: false, distr: 3 }, y: { range: (_u, _min, max) => [0, Math.max(max * 1.1, (data.conversionSplit ?? 0) * 1.5, 0.01)] } },
        axes: [
          {
            ...axisStyle(theme),
            label: t('analysis.quadrant.axisPrice'),
            // Log scale: ticks at 1, 2 and 5 × 10ⁿ only, so the labels never crowd.
            splits: (_u, _i, min, max) => niceLogSplits(min, max),
            // uPlot's log axes blank all but 1 × 10ⁿ by default; these splits are already sparse.
            filter: (_u, s) => s,
            values: (_u, s) => s.map((v) => (v === null || v === undefined ? '' : priceTick(v, locale, currency))),
          },
          {
            ...axisStyle(theme),
            label: t('analysis.quadrant.axisConversion'),
            size: 44,
            values: (_u, s) => s.map((v) => (v === null || v === undefined ? '' : axisValue(v, 'percent', locale))),
          },
        ],
        series: [
          {},
          ...[...ORDER, 'low' as const].map((q) => ({
            stroke: quadrantColor(q, theme),
            paths: () => null,
            points: { show: true, size: q === 'low' ? 5 : 7, width: 1.5, fill: q === 'low' ? 'transparent' : quadrantColor(q, theme), stroke: quadrantColor(q, theme) },
          })),
        ],
        hooks: {
          setCursor: [(u) => setHover(u.cursor.idx ?? null)],
          draw: [
            (u) => {
              const ctx = u.ctx;
              const { left, top, width: w, height: h } = u.bbox;
              ctx.save();
              ctx.strokeStyle = theme.soft;
              ctx.setLineDash([5, 4]);
              ctx.lineWidth = devicePixelRatio;
              if (data.priceSplit !== undefined) {
                const px = u.valToPos(data.priceSplit, 'x', true);
                ctx.beginPath();
                ctx.moveTo(px, top);
                ctx.lineTo(px, top + h);
                ctx.stroke();
              }
              if (data.conversionSplit !== undefined) {
                const py = u.valToPos(data.conversionSplit, 'y', true);
                ctx.beginPath();
                ctx.moveTo(left, py);
                ctx.lineTo(left + w, py);
                ctx.stroke();
              }
              // Quadrant names in the corners.
              ctx.setLineDash([]);
              ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
              const pad = 6 * devicePixelRatio;
              const corner = (q: Quadrant, right: boolean, bottom: boolean) => {
                ctx.fillStyle = quadrantColor(q, theme);
                ctx.textAlign = right ? 'right' : 'left';
                ctx.textBaseline = bottom ? 'bottom' : 'top';
                ctx.fillText(labels[q]!, right ? left + w - pad : left + pad, bottom ? top + h - pad : top + pad);
              };
              corner('star', true, false);
              corner('driver', false, false);
              corner('premium', true, true);
              corner('weak', false, true);
              ctx.restore();
            },
          ],
        },
      },
      [x, ...ys],
      el,
    );
    return () => chart.destroy();
  }, [points, width, theme, locale, currency, data.priceSplit, data.conversionSplit, t]);

  const hovered = hover === null ? undefined : points[hover];
  return (
    <figure className="an-chart card" ref={setBox} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{t('analysis.quadrant.chart')}</strong>{' '}
        <span className="muted">
          {t('analysis.quadrant.caption', {
            price: formatValue(data.priceSplit, 'money', locale, currency),
            conversion: formatValue(data.conversionSplit, 'percent', locale, currency),
            ...Object.fromEntries(ORDER.map((q) => [q, data.counts[q]])),
          })}
        </span>
      </figcaption>
      <div ref={plot} className="an-plot" aria-hidden="true" data-testid="quadrant-plot" />
      <p className="muted an-hover" aria-live="polite">
        {hovered
          ? `${data.titles[hovered.itemId] ?? hovered.itemId} · ${formatValue(hovered.price, 'money', locale, currency)} · ${formatValue(hovered.conversion, 'percent', locale)} · ${t('analysis.quadrant.uv', { uv: formatValue(hovered.uv, 'integer', locale) })}`
          : t('analysis.quadrant.hoverHint')}
      </p>
    </figure>
  );
}
