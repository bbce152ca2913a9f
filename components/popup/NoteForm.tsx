import { useId, useState } from 'react';
import { useT } from '@/components/app/i18n';
import { explainFailure } from '@/components/trust/error-reason';
import { sendToBackground } from '@/lib/messaging/client';

/** 提出方案: write the plan right here; saving it is the evidence that ticks the duty. */
export default function NoteForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await sendToBackground('note.save', { text, at: Date.now() });
      onDone();
    } catch (e) {
      // The draft stays in the box: nothing the seller wrote is lost.
      setError(explainFailure(t, e, (reason) => t('checklist.saveFailed', { reason })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="pp-note"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void save();
      }}
    >
      <label htmlFor={id}>{t('checklist.note.label')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={10_000}
        value={text}
        placeholder={t('checklist.note.placeholder')}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      {error && (
        <p className="bad" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !text.trim()}>
        {t('checklist.note.save')}
      </button>
    </form>
  );
}
