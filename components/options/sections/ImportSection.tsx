import type { Currency } from '@/lib/model/currency';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { addDays, toBusinessDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import type { MessageKey, Translate } from '@/lib/i18n';
import { useSettings } from '@/components/app/settings-store';
import { chunkExtraction, defaultDrops, IMPORT_PLATFORMS, MAX_REPORT_BYTES, previewOf, readReport, REPORT_FORMATS, withoutDays, type ImportPreview, type ImportResult, type RejectedRow } from '@/lib/import';
import { ColumnMap, FirstRows, Outliers } from '../import/ImportChecks';
import { sendToBackground } from '@/lib/messaging/client';
import type { PlatformId } from '@/lib/model/pages';
import '@/components/trust/trust.css';

type Parsed = Extract<ImportResult, { ok: true }>;
type Failed = Extract<ImportResult, { ok: false }>;

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; error: Failed | { code: 'read'; detail: string } }
  | { step: 'preview'; result: Parsed }
  | { step: 'importing'; result: Parsed; done: number; total: number }
  | { step: 'done'; days: number; items: number }
  | { step: 'failed'; result: Parsed; reason: string };

/** Rejected rows listed at most; the rest are counted. */
const SHOWN_REJECTIONS = 50;

/**
 * 导入报表: pick a console's exported report, see what will be imported (days, items) and which
 * rows are rejected and why, then confirm. The file is parsed here (lib/import); the background
 * validates every message again and merges it into history (source: import).
 */
export default function ImportSection() {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const fileId = useId();
  const platformId = useId();
  const dateId = useId();
  const [platform, setPlatform] = useState<PlatformId | ''>('');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [rangeDate, setRangeDate] = useState<string>('');
  const [itemsOnly, setItemsOnly] = useState(false);
  const [state, setState] = useState<State>({ step: 'idle' });
  const { importOutlierRatio, importAovTolerance } = useSettings().thresholds;
  // Days the seller leaves out (the impossible ones by default), per parsed result.
  const [drops, setDrops] = useState<{ of?: Parsed; dates: ReadonlySet<string> }>({ dates: new Set() });
  // Today when the section opened: dates after it are refused (a page left open past midnight is re-read on reload).
  const [today] = useState(() => toBusinessDate(Date.now()));

  const parse = async (
    next: { name: string; bytes: Uint8Array } | undefined,
    options: { platform: PlatformId | ''; rangeDate: string; itemsOnly: boolean },
  ) => {
    if (!next) return setState({ step: 'idle' });
    setState({ step: 'reading' });
    try {
      const result = await readReport(next, {
        today,
        platform: options.platform || undefined,
        rangeDate: options.itemsOnly ? null : options.rangeDate || null,
      });
      setState(result.ok ? { step: 'preview', result } : { step: 'invalid', error: result });
      if (result.ok) setDrops({ of: result, dates: defaultDrops(previewOf(result.parse, { ratio: importOutlierRatio, aovTolerance: importAovTolerance }).outliers) });
    } catch (error) {
      setState({ step: 'invalid', error: { code: 'read', detail: error instanceof Error ? error.message : String(error) } });
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    e.target.value = '';
    if (!picked) return;
    if (picked.size > MAX_REPORT_BYTES) {
      return setState({ step: 'invalid', error: { ok: false, code: 'tooLarge' } });
    }
    const next = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
    setFile(next);
    setRangeDate('');
    setItemsOnly(false);
    await parse(next, { platform, rangeDate: '', itemsOnly: false });
  };

  const choosePlatform = (value: PlatformId | '') => {
    setPlatform(value);
    void parse(file, { platform: value, rangeDate, itemsOnly });
  };
  const chooseDate = (value: string) => {
    setRangeDate(value);
    void parse(file, { platform, rangeDate: value, itemsOnly });
  };
  const chooseItemsOnly = (value: boolean) => {
    setItemsOnly(value);
    void parse(file, { platform, rangeDate, itemsOnly: value });
  };

  const cancel = () => {
    setFile(undefined);
    setState({ step: 'idle' });
  };

  const confirm = async (result: Parsed) => {
    const dropped = drops.of === result ? drops.dates : new Set<string>();
    const chunks = chunkExtraction(withoutDays(result.parse.extraction, dropped));
    setState({ step: 'importing', result, done: 0, total: chunks.length });
    const importedAt = Date.now();
    try {
      for (const [i, extraction] of chunks.entries()) {
        await sendToBackground('importReport', { platform: result.parse.platform, fileName: file?.name.slice(0, 300) ?? 'report', importedAt, extraction });
        setState({ step: 'importing', result, done: i + 1, total: chunks.length });
      }
      setState({ step: 'done', days: result.parse.days.filter((d) => !dropped.has(d)).length, items: result.parse.items });
    } catch (error) {
      setState({ step: 'failed', result, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const errorText = (error: Failed | { code: 'read'; detail: string }) => {
    switch (error.code) {
      case 'read':
        return t('import.error.read', { reason: error.detail });
      case 'tooLarge':
        return t('import.error.tooLarge', { limit: `${Math.round(MAX_REPORT_BYTES / 1024 / 1024)} MB` });
      case 'unreadable':
        return t('import.error.unreadable', { detail: error.detail ?? '' });
      case 'unknownFormat':
        return t('import.error.unknownFormat', { formats: REPORT_FORMATS.map((f) => t(`import.format.${f.id}` as MessageKey)).join('、') });
      case 'ambiguous':
        return t('import.error.ambiguous', { platforms: (error.platforms ?? []).map((p) => t(`platform.${p}` as MessageKey)).join('、') });
      default:
        return t(`import.error.${error.code}` as MessageKey);
    }
  };

  const preview = state.step === 'preview' || state.step === 'importing' || state.step === 'failed' ? state.result : undefined;
  const busy = state.step === 'reading' || state.step === 'importing';
  const checks = useMemo(() => (preview ? previewOf(preview.parse, { ratio: importOutlierRatio, aovTolerance: importAovTolerance }) : undefined), [preview, importOutlierRatio, importAovTolerance]);
  const dropped = drops.of === preview ? drops.dates : new Set<string>();
  const toggle = (date: string, keep: boolean) =>
    setDrops((d) => {
      const dates = new Set(d.dates);
      if (keep) dates.delete(date);
      else dates.add(date);
      return { ...d, dates };
    });

  return (
    <section aria-labelledby={headingId} data-testid="import-section">
      <h2 id={headingId}>{t('import.title')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <div className="data-panel">
        <label className="field" htmlFor={platformId}>
          <span>{t('import.platform')}</span>
          <select id={platformId} value={platform} onChange={(e) => choosePlatform(e.target.value as PlatformId | '')} disabled={busy}>
            <option value="">{t('import.platform.auto')}</option>
            {IMPORT_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <label htmlFor={fileId}>{t('import.choose')}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
            onChange={(e) => void onFile(e)}
            disabled={busy}
          />
        </div>
        <p className="muted">{t('import.accepts')}</p>

        {state.step === 'reading' && (
          <p className="muted" role="status">
            {t('import.reading')}
          </p>
        )}
        {state.step === 'invalid' && (
          <p className="bad" role="alert" data-testid="import-error">
            {errorText(state.error)}
          </p>
        )}

        {preview && (
          <Preview
            t={t}
            fileName={file?.name ?? ''}
            result={preview}
            locale={locale}
            today={today}
            dateId={dateId}
            rangeDate={rangeDate}
            itemsOnly={itemsOnly}
            onDate={chooseDate}
            onItemsOnly={chooseItemsOnly}
            disabled={busy}
            checks={checks}
            drops={dropped}
            onToggle={toggle}
          />
        )}

        {preview && (
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void confirm(preview)}
              disabled={busy || !importable(preview) || (preview.needsDate && !rangeDate && !itemsOnly)}
            >
              {t('import.confirm')}
            </button>
            <button type="button" onClick={cancel} disabled={state.step === 'importing'}>
              {t('import.cancel')}
            </button>
            {preview.needsDate && !rangeDate && !itemsOnly && <span className="warn">{t('import.range.needed')}</span>}
            {!importable(preview) && <span className="warn">{t('import.nothing')}</span>}
          </div>
        )}

        {state.step === 'importing' && (
          <p role="status">
            <progress className="meter" max={state.total} value={state.done} /> {t('import.importing', { done: state.done, total: state.total })}
          </p>
        )}
        {state.step === 'done' && (
          <p className="good" role="status" data-testid="import-done">
            {t('import.done', { days: state.days, items: state.items })}
          </p>
        )}
        {state.step === 'failed' && (
          <p className="bad" role="alert">
            {t('import.failed', { reason: state.reason })}
          </p>
        )}
      </div>
    </section>
  );
}

const importable = (result: Parsed) => result.parse.days.length > 0 || result.parse.items > 0;

function Preview(props: {
  t: Translate;
  fileName: string;
  result: Parsed;
  locale: ReturnType<typeof useLocale>;
  today: string;
  dateId: string;
  rangeDate: string;
  itemsOnly: boolean;
  onDate: (value: string) => void;
  onItemsOnly: (value: boolean) => void;
  disabled: boolean;
  checks?: ImportPreview;
  drops: ReadonlySet<string>;
  onToggle(date: string, keep: boolean): void;
}) {
  const { t } = props;
  const { parse: p } = props.result;
  const kind = t(`import.kind.${props.result.fileKind}` as MessageKey);
  const encoding = props.result.encoding && props.result.encoding !== 'utf-8' ? t('import.preview.encoding', { encoding: props.result.encoding.toUpperCase() }) : '';
  const good = p.rowCount - p.rejected.length;
  return (
    <div className="card" data-testid="import-preview">
      <h3>{t('import.preview.title')}</h3>
      <p>
        <strong>{t('import.preview.report', { platform: t(`platform.${p.platform}` as MessageKey), format: t(`import.format.${p.format.id}` as MessageKey) })}</strong>
      </p>
      <p className="muted">{t('import.preview.file', { name: props.fileName, kind, encoding })}</p>
      <p>{t('import.preview.rows', { count: p.rowCount, good, bad: p.rejected.length })}</p>
      <ul>
        {p.days.length > 0 && (
          <li data-testid="import-days">
            {t('import.preview.days', { count: p.days.length, from: formatDate(p.days[0]!, props.locale), to: formatDate(p.days.at(-1)!, props.locale) })}
          </li>
        )}
        {p.items > 0 && (
          <li data-testid="import-items">
            {p.itemDays > 0 ? t('import.preview.items', { count: p.items, rows: p.itemDays }) : t('import.preview.itemsOnly', { count: p.items })}
          </li>
        )}
      </ul>

      {props.checks && (
        <>
          <ColumnMap preview={props.checks} />
          <FirstRows preview={props.checks} currency={p.format.currency} />
          <Outliers outliers={props.checks.outliers} drops={props.drops} onToggle={props.onToggle} currency={p.format.currency} disabled={props.disabled} />
        </>
      )}

      {props.result.needsDate && (
        <fieldset>
          <legend>{t('import.range.title')}</legend>
          <p className="muted">{t('import.range.hint')}</p>
          <label htmlFor={props.dateId}>
            {t('import.range.date')}{' '}
            <input
              id={props.dateId}
              type="date"
              value={props.rangeDate}
              max={props.today}
              min={addDays(props.today, -3650)}
              disabled={props.disabled || props.itemsOnly}
              onChange={(e) => props.onDate(e.target.value)}
            />
          </label>
          <label>
            <input type="checkbox" checked={props.itemsOnly} disabled={props.disabled} onChange={(e) => props.onItemsOnly(e.target.checked)} />{' '}
            {t('import.range.itemsOnly')}
          </label>
        </fieldset>
      )}

      <h4>{t('import.rejected.title')}</h4>
      {p.rejected.length === 0 ? (
        <p className="muted">{t('import.rejected.none')}</p>
      ) : (
        <ul className="rejections" data-testid="import-rejected">
          {p.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
            <li key={`${r.row}-${r.code}`}>
              <strong>{t('import.rejected.row', { row: r.row })}</strong>
              {t('import.rejected.separator')}
              {rejectionText(t, r, p.format.currency)}
            </li>
          ))}
        </ul>
      )}
      {p.rejected.length > SHOWN_REJECTIONS && <p className="muted">{t('import.rejected.more', { count: p.rejected.length - SHOWN_REJECTIONS })}</p>}
    </div>
  );
}

function rejectionText(t: Translate, r: RejectedRow, currency: Currency) {
  return t(`import.reject.${r.code}` as MessageKey, {
    column: r.column ?? '',
    value: r.value ?? '',
    firstRow: r.firstRow ?? '',
    currency: t(`import.currency.${currency}` as MessageKey),
  });
}
