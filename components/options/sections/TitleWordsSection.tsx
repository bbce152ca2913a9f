import { useId, useState } from 'react';
import { useT } from '@/components/app/i18n';
import type { Translate } from '@/lib/i18n';
import { parseWordList, WORD_LIST_LIMITS, type WordListProblem } from '@/lib/title/word-list';
import '@/components/title/title.css';
import { useSaveSettings } from '../useSaveSettings';

type ListKey = keyof typeof WORD_LIST_LIMITS;

const describeProblem = (t: Translate, p: WordListProblem) =>
  p.kind === 'tooLong'
    ? t('title.words.tooLong', { line: p.line, word: p.word, max: p.max })
    : p.kind === 'tooMany'
      ? t('title.words.tooMany', { count: p.count, max: p.max })
      : t('title.words.duplicate', { word: p.word });

/**
 * 标题用词: the shop's selling-point keywords (卖点词, seed 000 §六) and the seller's own banned
 * words. One word per line; problems are listed with the line they are on, nothing is saved
 * until the list is valid.
 */
export default function TitleWordsSection() {
  const t = useT();
  const { settings, save, status } = useSaveSettings();
  const [drafts, setDrafts] = useState<Partial<Record<ListKey, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<ListKey, string[]>>>({});

  const text = (key: ListKey) => drafts[key] ?? settings[key].join('\n');

  const onSave = () => {
    const next: Partial<Record<ListKey, string[]>> = {};
    const found: Partial<Record<ListKey, string[]>> = {};
    for (const key of Object.keys(WORD_LIST_LIMITS) as ListKey[]) {
      const parsed = parseWordList(text(key), WORD_LIST_LIMITS[key]);
      if (parsed.ok) next[key] = parsed.words;
      else found[key] = parsed.problems.map((p) => describeProblem(t, p));
    }
    setProblems(found);
    if (Object.keys(found).length) return;
    // Drafts stay as typed: if saving fails, nothing the seller wrote is lost.
    void save((s) => ({ ...s, ...next }));
  };

  return (
    <section aria-labelledby="opt-title-words" className="title-words">
      <h2 id="opt-title-words">{t('title.words.title')}</h2>
      <p className="muted">{t('title.words.hint')}</p>
      <WordList
        label={t('title.words.keywords')}
        placeholder={t('title.words.keywordsExample')}
        value={text('titleKeywords')}
        problems={problems.titleKeywords}
        onChange={(value) => setDrafts((d) => ({ ...d, titleKeywords: value }))}
      />
      <WordList
        label={t('title.words.banned')}
        value={text('extraBannedWords')}
        problems={problems.extraBannedWords}
        onChange={(value) => setDrafts((d) => ({ ...d, extraBannedWords: value }))}
      />
      <button type="button" className="primary" onClick={onSave}>
        {t('common.save')}
      </button>
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status === undefined ? '' : status.ok ? t('options.saved') : t('options.invalid', { reason: status.message ?? '' })}
      </p>
    </section>
  );
}

function WordList(props: {
  label: string;
  placeholder?: string;
  value: string;
  problems?: string[];
  onChange(value: string): void;
}) {
  const t = useT();
  const id = useId();
  const count = props.value.split('\n').filter((l) => l.trim()).length;
  return (
    <div className="title-words-list">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={4}
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.problems ? true : undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <div id={`${id}-help`}>
        <span className="muted">{t('title.words.count', { count })}</span>
        {props.problems && (
          <ul className="bad" role="alert">
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
