import { useId, useState, type ChangeEvent } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import {
  MAX_BACKUP_CHARS,
  packBackupText,
  parseBackupText,
  totalValid,
  type BackupErrorCode,
  type RestoreMode,
  type ValidatedBackup,
} from '@/lib/backup';
import { TABLE_NAMES } from '@/lib/backup/tables';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { RestoreReply } from '@/lib/messaging/messages/data';
import { formatBytes } from './download';
import { explainFailure } from './error-reason';
import { totalRows, useTableCounts } from './useTableCounts';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; text: string }
  | { step: 'preview'; text: string; backup: ValidatedBackup }
  | { step: 'running'; text: string; backup: ValidatedBackup }
  | { step: 'done'; reply: RestoreReply }
  | { step: 'failed'; reason: string; text: string; backup: ValidatedBackup };

/** Shown per table; the file may list more (all are counted). */
const SHOWN_PER_TABLE = 20;

/**
 * Restore: read the file here, validate every row and show what will be written and what is
 * rejected (and why); the seller picks merge or replace; the background validates again and
 * writes it all in one transaction.
 */
export default function RestorePanel() {
  const t = useT();
  const locale = useLocale();
  const inputId = useId();
  const counts = useTableCounts();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [restoreSettings, setRestoreSettings] = useState(false);

  const errorText = (code: BackupErrorCode, detail = '') =>
    t(`data.error.${code}` as MessageKey, { detail, limit: formatBytes(MAX_BACKUP_CHARS, locale) });
  const tableLabel = (name: string) => t(`data.table.${name}` as MessageKey);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_CHARS * 4) {
      // Even before reading: a file this big cannot be a backup we can restore.
      return setState({ step: 'invalid', text: errorText('tooLarge', formatBytes(file.size, locale)) });
    }
    setState({ step: 'reading' });
    try {
      const text = await file.text();
      const parsed = parseBackupText(text);
      if (!parsed.ok) return setState({ step: 'invalid', text: errorText(parsed.code, parsed.detail) });
      setState({ step: 'preview', text, backup: parsed.backup });
    } catch (error) {
      setState({ step: 'invalid', text: t('data.error.read', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const chooseMode = (next: RestoreMode) => {
    setMode(next);
    setRestoreSettings(next === 'replace');
  };

  const restore = async (text: string, backup: ValidatedBackup) => {
    setState({ step: 'running', text, backup });
    try {
      const reply = await sendToBackground('backup.restore', { packed: await packBackupText(text), mode, restoreSettings });
      setState({ step: 'done', reply });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error), text, backup });
    }
  };

  const preview = state.step === 'preview' || state.step === 'running' || state.step === 'failed' ? state : undefined;

  return (
    <div className="data-panel" data-testid="restore">
      <h3>{t('data.restore.title')}</h3>
      <p className="muted">{t('data.restore.hint')}</p>
      <div className="actions">
        <label htmlFor={inputId}>{t('data.restore.choose')}</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} disabled={state.step === 'running'} />
      </div>
      {state.step === 'reading' && <p className="muted" role="status">{t('data.restore.reading')}</p>}
      {state.step === 'invalid' && <p className="bad" role="alert">{state.text}</p>}

      {preview && <Preview backup={preview.backup} counts={counts} tableLabel={tableLabel} />}

      {preview && (
        <>
          <fieldset>
            <legend>{t('data.restore.mode')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="restore-mode" value={m} checked={mode === m} onChange={() => chooseMode(m)} />{' '}
                {t(m === 'merge' ? 'data.restore.merge' : 'data.restore.replace')}
              </label>
            ))}
            {mode === 'replace' && counts && (
              <p className="warn">{t('data.restore.replaceWarning', { count: totalRows(counts) })}</p>
            )}
            <label>
              <input
                type="checkbox"
                checked={restoreSettings}
                disabled={!preview.backup.settings}
                onChange={(e) => setRestoreSettings(e.target.checked)}
              />{' '}
              {t('data.restore.includeSettings')}
            </label>
          </fieldset>
          {totalValid(preview.backup) === 0 ? (
            <p className="warn">{t('data.restore.nothing')}</p>
          ) : (
            <div className="actions">
              <button
                type="button"
                className={mode === 'replace' ? 'danger' : 'primary'}
                disabled={state.step === 'running'}
                onClick={() => void restore(preview.text, preview.backup)}
              >
                {state.step === 'running' ? t('data.restore.running') : t('data.restore.confirm')}
              </button>
              <button type="button" disabled={state.step === 'running'} onClick={() => setState({ step: 'idle' })}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </>
      )}

      {state.step === 'failed' && (
        <p className="bad" role="alert">
          {explainFailure(t, state.reason, (reason) => t('data.restore.failed', { reason }))}
        </p>
      )}
      {state.step === 'done' && <Done reply={state.reply} />}
    </div>
  );
}

function Preview({
  backup,
  counts,
  tableLabel,
}: {
  backup: ValidatedBackup;
  counts: Record<string, number> | undefined;
  tableLabel: (name: string) => string;
}) {
  const t = useT();
  const locale = useLocale();
  const rejectedTables = TABLE_NAMES.filter((name) => backup.checks[name].rejectedCount > 0);
  return (
    <div data-testid="restore-preview">
      <p>
        {t('data.restore.previewOf', {
          when: new Date(backup.exportedAt).toLocaleString(locale),
          rows: totalValid(backup),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('data.restore.col.table')}</th>
            <th scope="col">{t('data.restore.col.inFile')}</th>
            <th scope="col">{t('data.restore.col.valid')}</th>
            <th scope="col">{t('data.restore.col.rejected')}</th>
            <th scope="col">{t('data.restore.col.here')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((name) => {
            const check = backup.checks[name];
            return (
              <tr key={name} data-table={name}>
                <th scope="row">{tableLabel(name)}</th>
                <td>{check.inFile}</td>
                <td>{check.valid}</td>
                <td className={check.rejectedCount ? 'bad' : undefined}>{check.rejectedCount}</td>
                <td>{counts?.[name] ?? '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {backup.newerSchema && <p className="warn">{t('data.restore.newerSchema')}</p>}
      {backup.unknownTables.length > 0 && (
        <p className="warn">{t('data.restore.unknownTables', { tables: backup.unknownTables.join(', ') })}</p>
      )}
      {backup.missingTables.length > 0 && (
        <p className="muted">{t('data.restore.missingTables', { tables: backup.missingTables.map(tableLabel).join('、') })}</p>
      )}
      {!backup.settings ? (
        <p className="muted">{t('data.restore.noSettings')}</p>
      ) : backup.settings.dropped.length > 0 ? (
        <p className="warn">{t('data.restore.settingsDropped', { fields: backup.settings.dropped.join(', ') })}</p>
      ) : null}
      {rejectedTables.length > 0 && (
        <details open>
          <summary className="bad">{t('data.restore.rejectedTitle')}</summary>
          <ul className="rejections" data-testid="rejections">
            {rejectedTables.flatMap((name) => {
              const check = backup.checks[name];
              const shown = check.rejected.slice(0, SHOWN_PER_TABLE);
              const items = shown.map((r) => (
                <li key={`${name}:${r.index}`}>
                  {t('data.restore.rejectedRow', { table: tableLabel(name), row: r.index + 1, reason: r.reason })}
                </li>
              ));
              const more = check.rejectedCount - shown.length;
              if (more > 0) items.push(<li key={`${name}:more`}>{t('data.restore.rejectedMore', { table: tableLabel(name), count: more })}</li>);
              return items;
            })}
          </ul>
        </details>
      )}
    </div>
  );
}

function Done({ reply }: { reply: RestoreReply }) {
  const t = useT();
  const sum = (key: 'added' | 'updated' | 'unchanged' | 'rejected') =>
    Object.values(reply.outcome).reduce((n, o) => n + o[key], 0);
  return (
    <div role="status" data-testid="restore-done">
      <p className="good">
        {t('data.restore.done', { added: sum('added'), updated: sum('updated'), unchanged: sum('unchanged'), rejected: sum('rejected') })}
      </p>
      {reply.settingsRestored && <p className="good">{t('data.restore.settingsRestored')}</p>}
    </div>
  );
}
