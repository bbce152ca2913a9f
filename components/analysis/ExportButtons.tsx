import { useState } from 'react';
import { useT } from '@/components/app/i18n';
import type { ExportSheet } from '@/lib/export';

/**
 * XLSX and CSV downloads of one or more tables (CSV gets the first). The file is built only when
 * asked for, from what the tab shows.
 */
export default function ExportButtons({ base, date, sheets, label }: { base: string; date: string; sheets: () => ExportSheet<unknown>[]; label: string }) {
  const t = useT();
  const [error, setError] = useState<string>();
  const run = async (kind: 'xlsx' | 'csv') => {
    setError(undefined);
    try {
      const all = sheets();
      // The spreadsheet writers load on first use: the tab itself opens without them.
      const { csvBlob, downloadBlob, exportFileName, toCsv, toXlsxWorkbook } = await import('@/lib/export');
      const blob = kind === 'xlsx' ? await toXlsxWorkbook(all) : csvBlob(toCsv(all[0]!.columns, all[0]!.rows));
      downloadBlob(exportFileName(base, date, kind), blob);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="an-export" role="group" aria-label={label}>
      <button type="button" onClick={() => void run('xlsx')}>
        {t('analysis.export.xlsx')}
      </button>
      <button type="button" onClick={() => void run('csv')}>
        {t('analysis.export.csv')}
      </button>
      {error ? (
        <span className="bad" role="alert">
          {t('common.error', { reason: error })}
        </span>
      ) : null}
    </div>
  );
}
