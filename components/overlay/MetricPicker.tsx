import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MessageKey, Translate } from '@/lib/i18n';
import { translator } from '@/lib/i18n';
import { SHOP_METRIC_KEYS, type ShopMetricKey } from '@/lib/model/catalogue';

/** A picker choice: a metric, or null for 不是指标. */
export type Choice = ShopMetricKey | null;

interface Props {
  t: Translate;
  title: string;
  /** What the number is read as now (listed first, marked). */
  current?: ShopMetricKey;
  /** Metrics taught before on this console whose label the page no longer shows (re-teach in one step). */
  suggested: readonly ShopMetricKey[];
  onChoose(choice: Choice): void;
  onCancel(): void;
}

const other = { zh: translator('zh-CN'), en: translator('en') };
const metricName = (t: Translate, key: ShopMetricKey) => t(`metric.${key}` as MessageKey);

/**
 * 这是哪个指标？ The catalogue's shop metrics by their names in the seller's language (searchable in
 * both languages), then 不是指标. A combobox: typing filters, ↑↓ move, Enter chooses, Esc cancels.
 */
export function MetricPicker({ t, title, current, suggested, onChoose, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matches = (key: ShopMetricKey) =>
      !q || [metricName(t, key), metricName(other.zh, key), metricName(other.en, key), key].some((n) => n.toLowerCase().includes(q));
    const first = [...new Set([...suggested, ...(current ? [current] : [])])];
    const keys = [...first, ...SHOP_METRIC_KEYS.filter((k) => !first.includes(k))].filter(matches);
    const none = !q || t('overlay.picker.none').toLowerCase().includes(q) || other.zh('overlay.picker.none').includes(q) || other.en('overlay.picker.none').toLowerCase().includes(q);
    return [...keys.map((key): Choice => key), ...(none ? [null] : [])];
  }, [query, suggested, current, t]);
  const at = Math.min(active, Math.max(0, options.length - 1));

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((at + 1) % Math.max(1, options.length));
    else if (event.key === 'ArrowUp') setActive((at - 1 + options.length) % Math.max(1, options.length));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(options.length - 1);
    else if (event.key === 'Enter') {
      if (options.length) onChoose(options[at]!);
    } else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const label = (choice: Choice) => {
    if (choice === null) return t('overlay.picker.none');
    const tags = [choice === current ? t('overlay.picker.current') : undefined, suggested.includes(choice) ? t('overlay.picker.suggested') : undefined].filter(Boolean);
    return `${metricName(t, choice)}${tags.length ? ` · ${tags.join(' · ')}` : ''}`;
  };

  return (
    <div role="dialog" aria-label={title} onKeyDown={onKey}>
      <h3>{title}</h3>
      <input
        className="sm-input"
        role="combobox"
        aria-label={t('overlay.picker.search')}
        placeholder={t('overlay.picker.search')}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length ? `${id}-${at}` : undefined}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <ul className="sm-list" role="listbox" id={`${id}-list`} aria-label={title}>
        {options.map((choice, i) => (
          <li
            key={choice ?? 'none'}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === at}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(choice)}
          >
            {label(choice)}
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="sm-muted">{t('overlay.picker.empty')}</p>}
      <div className="sm-row">
        <span className="sm-muted">{t('overlay.picker.help')}</span>
        <button type="button" className="sm-btn" onClick={onCancel}>
          {t('overlay.picker.cancel')}
        </button>
      </div>
    </div>
  );
}
