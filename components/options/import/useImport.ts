import { useMemo, useState, type ChangeEvent } from 'react';
import { useSettings } from '@/components/app/settings-store';
import { toBusinessDate } from '@/lib/dates';
import { chunkExtraction, defaultDrops, MAX_REPORT_BYTES, previewOf, readReport, withoutDays, type ImportResult } from '@/lib/import';
import { sendToBackground } from '@/lib/messaging/client';
import type { PlatformId } from '@/lib/model/consoles';

export type Parsed = Extract<ImportResult, { ok: true }>;
export type Failed = Extract<ImportResult, { ok: false }>;
export type ImportError = Failed | { code: 'read'; detail: string };

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; error: ImportError }
  | { step: 'preview'; result: Parsed }
  | { step: 'importing'; result: Parsed; done: number; total: number }
  | { step: 'done'; days: number; items: number }
  | { step: 'failed'; result: Parsed; reason: string };

type ReadOptions = { platform: PlatformId | ''; rangeDate: string; itemsOnly: boolean };

export const importable = (result: Parsed) => result.parse.days.length > 0 || result.parse.items > 0;

/**
 * The import's steps: read the picked file (lib/import) with the seller's choices, re-read when a
 * choice changes, keep the days the seller leaves out, and send the kept rows to the worker in
 * chunks. The worker validates every message again and merges it into history (source: import).
 */
export function useImport() {
  const [platform, setPlatform] = useState<PlatformId | ''>('');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [rangeDate, setRangeDate] = useState<string>('');
  const [itemsOnly, setItemsOnly] = useState(false);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const { importOutlierRatio, importAovTolerance } = useSettings().thresholds;
  // Days the seller leaves out (the impossible ones by default), per parsed result.
  const [drops, setDrops] = useState<{ of?: Parsed; dates: ReadonlySet<string> }>({ dates: new Set() });
  // Today when the section opened: dates after it are refused (a page left open past midnight is re-read on reload).
  const [today] = useState(() => toBusinessDate(Date.now()));

  const parse = async (next: { name: string; bytes: Uint8Array } | undefined, options: ReadOptions) => {
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

  return { platform, file, rangeDate, itemsOnly, state, today, preview, busy, checks, dropped, onFile, choosePlatform, chooseDate, chooseItemsOnly, cancel, confirm, toggle };
}
