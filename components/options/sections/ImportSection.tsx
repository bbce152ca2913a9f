import { useId, type ChangeEventHandler } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { IMPORT_PLATFORMS, MAX_REPORT_BYTES, REPORT_FORMATS } from '@/lib/import';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { PlatformId } from '@/lib/model/consoles';
import ImportPreview from '../import/ImportPreview';
import { importable, useImport, type ImportError, type ImportState, type Parsed } from '../import/useImport';
import '@/components/trust/trust.css';

/**
 * 导入报表: pick a console's exported report, see what will be imported (days, items) and which
 * rows are rejected and why, then confirm. The file is parsed here (lib/import, ../import/useImport.ts);
 * the background validates every message again and merges it into history (source: import).
 */
export default function ImportSection() {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const dateId = useId();
  const run = useImport();
  const { preview, busy } = run;

  return (
    <section aria-labelledby={headingId} data-testid="import-section">
      <h2 id={headingId}>{t('import.title')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <div className="data-panel">
        <FilePicker t={t} platform={run.platform} onPlatform={run.choosePlatform} onFile={(e) => void run.onFile(e)} disabled={busy} />
        <Reading t={t} state={run.state} />

        {preview && (
          <ImportPreview
            t={t}
            fileName={run.file?.name ?? ''}
            result={preview}
            locale={locale}
            today={run.today}
            dateId={dateId}
            rangeDate={run.rangeDate}
            itemsOnly={run.itemsOnly}
            onDate={run.chooseDate}
            onItemsOnly={run.chooseItemsOnly}
            disabled={busy}
            checks={run.checks}
            drops={run.dropped}
            onToggle={run.toggle}
          />
        )}

        {preview && (
          <Confirm
            t={t}
            preview={preview}
            needsDate={preview.needsDate && !run.rangeDate && !run.itemsOnly}
            busy={busy}
            importing={run.state.step === 'importing'}
            onConfirm={() => void run.confirm(preview)}
            onCancel={run.cancel}
          />
        )}

        <Outcome t={t} state={run.state} />
      </div>
    </section>
  );
}

/** Which console the report is from (or recognise it), and the file. */
function FilePicker(props: { t: Translate; platform: PlatformId | ''; onPlatform(value: PlatformId | ''): void; onFile: ChangeEventHandler<HTMLInputElement>; disabled: boolean }) {
  const { t } = props;
  const fileId = useId();
  const platformId = useId();
  return (
    <>
      <label className="field" htmlFor={platformId}>
        <span>{t('import.platform')}</span>
        <select id={platformId} value={props.platform} onChange={(e) => props.onPlatform(e.target.value as PlatformId | '')} disabled={props.disabled}>
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
          onChange={props.onFile}
          disabled={props.disabled}
        />
      </div>
      <p className="muted">{t('import.accepts')}</p>
    </>
  );
}

/** Reading the file, or why it could not be read. */
function Reading({ t, state }: { t: Translate; state: ImportState }) {
  if (state.step === 'reading') {
    return (
      <p className="muted" role="status">
        {t('import.reading')}
      </p>
    );
  }
  if (state.step === 'invalid') {
    return (
      <p className="bad" role="alert" data-testid="import-error">
        {errorText(t, state.error)}
      </p>
    );
  }
  return null;
}

/** Import or cancel, with what still stands in the way. */
function Confirm(props: { t: Translate; preview: Parsed; needsDate: boolean; busy: boolean; importing: boolean; onConfirm(): void; onCancel(): void }) {
  const { t, preview } = props;
  return (
    <div className="actions">
      <button type="button" className="primary" onClick={props.onConfirm} disabled={props.busy || !importable(preview) || props.needsDate}>
        {t('import.confirm')}
      </button>
      <button type="button" onClick={props.onCancel} disabled={props.importing}>
        {t('import.cancel')}
      </button>
      {props.needsDate && <span className="warn">{t('import.range.needed')}</span>}
      {!importable(preview) && <span className="warn">{t('import.nothing')}</span>}
    </div>
  );
}

/** Progress of the import, then how it ended. */
function Outcome({ t, state }: { t: Translate; state: ImportState }) {
  switch (state.step) {
    case 'importing':
      return (
        <p role="status">
          <progress className="meter" max={state.total} value={state.done} /> {t('import.importing', { done: state.done, total: state.total })}
        </p>
      );
    case 'done':
      return (
        <p className="good" role="status" data-testid="import-done">
          {t('import.done', { days: state.days, items: state.items })}
        </p>
      );
    case 'failed':
      return (
        <p className="bad" role="alert">
          {t('import.failed', { reason: state.reason })}
        </p>
      );
    default:
      return null;
  }
}

function errorText(t: Translate, error: ImportError) {
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
}
