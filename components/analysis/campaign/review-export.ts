import { REVIEW_METRICS, type CampaignReview, type ReviewRow, type Shortfall } from '@/lib/analysis/campaign';
import { REPORT_KINDS } from '@/lib/analysis/report';
import type { CampaignRow } from '@/lib/db';
import type { ExportColumn, ExportSheet } from '@/lib/export';
import type { MessageKey, Translate } from '@/lib/i18n';

/** The 店铺活动销售成果汇报表 as sheets: the comparison, the items, and what fell short with the seller's notes. */
export function reviewSheets(campaign: CampaignRow, review: CampaignReview, titles: Record<string, string>, t: Translate, shortfallText: (s: Shortfall) => string): ExportSheet<unknown>[] {
  const w = review.windows;
  const windowHeader = (name: MessageKey, win: { from: string; to: string }) => `${t(name)}（${win.from}～${win.to}）`;
  // One row per metric; each value cell takes the metric's own kind.
  const metricColumns: ExportColumn<ReviewRow>[] = [
    { header: t('analysis.campaign.col.metric'), kind: 'text', value: (r) => t(`analysis.col.${r.key}` as MessageKey), width: 14 },
    ...(['before', 'during', 'after'] as const).map(
      (k): ExportColumn<ReviewRow> => ({ header: windowHeader(`analysis.campaign.${k}`, w[k]), kind: 'number', rowKind: (r) => REPORT_KINDS[r.key], value: (r) => r[k], width: 26 }),
    ),
    { header: t('analysis.campaign.col.changeDuring'), kind: 'percent', value: (r) => (typeof r.changeDuring === 'number' ? r.changeDuring : undefined), width: 16 },
    { header: t('analysis.campaign.col.changeAfter'), kind: 'percent', value: (r) => (typeof r.changeAfter === 'number' ? r.changeAfter : undefined), width: 16 },
  ];
  const rows = REVIEW_METRICS.map((key) => review.rows.find((r) => r.key === key)!);
  const items = review.items.map((i) => ({ ...i, title: titles[i.itemId] ?? '' }));
  type ItemLine = (typeof items)[number];
  const itemColumns: ExportColumn<ItemLine>[] = [
    { header: t('analysis.col.itemId'), kind: 'text', value: (i) => i.itemId, width: 16 },
    { header: t('analysis.col.item'), kind: 'text', value: (i) => i.title, width: 30 },
    ...(['before', 'during', 'after'] as const).flatMap((k): ExportColumn<ItemLine>[] => [
      { header: `${t(`analysis.campaign.${k}`)} ${t('analysis.col.salesAmount')}`, kind: 'money', value: (i) => i[k].salesAmount },
      { header: `${t(`analysis.campaign.${k}`)} ${t('analysis.col.uv')}`, kind: 'integer', value: (i) => i[k].uv },
    ]),
    { header: t('analysis.campaign.col.salesChange'), kind: 'percent', value: (i) => (typeof i.salesChange === 'number' ? i.salesChange : undefined) },
  ];
  const notes = [
    ...review.shortfalls.map((s) => ({ kind: t('analysis.campaign.col.auto'), text: shortfallText(s) })),
    ...(campaign.notes.trim() ? [{ kind: t('analysis.campaign.col.seller'), text: campaign.notes.trim() }] : []),
  ];
  return [
    { name: t('analysis.campaign.sheet'), columns: metricColumns, rows } as ExportSheet<unknown>,
    { name: t('analysis.campaign.itemsSheet'), columns: itemColumns, rows: items } as ExportSheet<unknown>,
    {
      name: t('analysis.campaign.notesSheet'),
      columns: [
        { header: t('analysis.campaign.col.source'), kind: 'text', value: (n: (typeof notes)[number]) => n.kind, width: 12 },
        { header: t('analysis.campaign.col.shortfall'), kind: 'text', value: (n: (typeof notes)[number]) => n.text, width: 80 },
      ],
      rows: notes,
    } as ExportSheet<unknown>,
  ];
}
