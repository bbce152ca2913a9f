import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { explainFailure } from '@/components/trust/error-reason';
import { db, type RuleRow } from '@/lib/db';
import { toBusinessDate } from '@/lib/dates';
import { formatDate, formatTime } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { consoleNameOf } from '@/lib/platforms/registry';

/**
 * 教过的读数: the rules the seller taught on console pages (issue 12) — console, label, metric,
 * when taught, how often used — to name, turn off or delete. Taught in the page overlay only.
 */
export default function RulesSection() {
  const t = useT();
  const id = useId();
  const rules = useLiveQuery(() => db.rules.toArray().then((all) => all.sort((a, b) => b.createdAt - a.createdAt)), []);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const act = async (run: () => Promise<unknown>) => {
    setStatus(undefined);
    try {
      await run();
    } catch (e) {
      setStatus({ ok: false, text: explainFailure(t, e, (reason) => t('overlay.saveFailed', { reason })) });
    }
  };

  return (
    <section aria-labelledby={id} data-testid="rules-section">
      <h2 id={id}>{t('rules.title')}</h2>
      <p className="muted">{t('rules.hint')}</p>
      {status && (
        <p className={status.ok ? 'good' : 'bad'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
      {!rules ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rules.length === 0 ? (
        <p className="empty">{t('rules.empty')}</p>
      ) : (
        <ul className="rule-list">
          {rules.map((rule) => (
            <RuleEntry key={rule.id} rule={rule} act={act} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RuleEntry({ rule, act }: { rule: RuleRow; act: (run: () => Promise<unknown>) => Promise<void> }) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const [name, setName] = useState(rule.name ?? '');
  const [confirming, setConfirming] = useState(false);
  const consoleKey = consoleNameOf(new URL(`https://${rule.host}/`));
  const metric = rule.metric ? t(`metric.${rule.metric}` as MessageKey) : t('rules.none');
  const id = rule.id!;

  return (
    <li className="rule-entry card" data-rule={rule.label} aria-label={rule.name ?? rule.labelText}>
      <h3>{rule.name ? `${rule.name} · ` : ''}“{rule.labelText}” → {metric}</h3>
      <dl className="rule-facts">
        <dt>{t('rules.console')}</dt>
        <dd>{consoleKey ? t(consoleKey) : rule.host}</dd>
        <dt>{t('rules.label')}</dt>
        <dd>{rule.labelText}</dd>
        <dt>{t('rules.metric')}</dt>
        <dd>
          {metric}
          {rule.replaces ? ` ${t('rules.replaces', { metric: t(`metric.${rule.replaces}` as MessageKey) })}` : ''}
        </dd>
        <dt>{t('rules.taughtAt')}</dt>
        <dd>
          {formatDate(toBusinessDate(rule.createdAt), locale)} {formatTime(rule.createdAt, locale)}
        </dd>
        <dt>{t('rules.applied')}</dt>
        <dd data-testid="rule-applied">{t('rules.appliedCount', { count: rule.applied })}</dd>
      </dl>
      <div className="row">
        <label htmlFor={nameId}>{t('rules.name')}</label>
        <input id={nameId} value={name} maxLength={100} placeholder={t('rules.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        <button type="button" onClick={() => void act(() => sendToBackground('rules.update', { id, name }))}>
          {t('rules.rename')}
        </button>
        <label>
          <input type="checkbox" checked={rule.enabled} onChange={(e) => void act(() => sendToBackground('rules.update', { id, enabled: e.target.checked }))} />{' '}
          {t('rules.enabled')}
        </label>
        {confirming ? (
          <span role="alert">
            {t('rules.deleteConfirm', { label: rule.labelText })}{' '}
            <button type="button" className="danger" autoFocus onClick={() => void act(() => sendToBackground('rules.delete', { id }))}>
              {t('rules.delete')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('rules.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
