import { EXPLORABLE_KINDS } from '../../../graph/api/requests.js';
import { useT } from '../i18n/i18n.js';
import type { Filters } from '../state/urlState.js';
import { DateInput } from './dateInput/DateInput.js';

export const COMMITTEES = ['NUFA', 'NUIT', 'EHELSESTYRE', 'EHELSERAD'];

/** Server-side filters: node kinds, committee, date range, topic. */
export function FiltersBar({
  filters,
  topics,
  onChange,
}: {
  filters: Filters;
  topics: { id: string; name: string }[];
  onChange: (f: Filters) => void;
}) {
  const { t, kind } = useT();
  const toggle = (k: string) => {
    const current = filters.kinds.length ? filters.kinds : [...EXPLORABLE_KINDS];
    const next = current.includes(k) ? current.filter((x) => x !== k) : [...current, k];
    onChange({ ...filters, kinds: next.length === EXPLORABLE_KINDS.length ? [] : next });
  };
  return (
    <fieldset className="filters">
      <legend>{t('filters')}</legend>
      <div className="filter-kinds" role="group" aria-label={t('filters.kinds')}>
        {EXPLORABLE_KINDS.map((k) => (
          <label key={k} className="chip">
            <input
              type="checkbox"
              checked={!filters.kinds.length || filters.kinds.includes(k)}
              onChange={() => toggle(k)}
            />
            {kind(k)}
          </label>
        ))}
      </div>
      <label>
        {t('filters.committee')}{' '}
        <select
          value={filters.committee ?? ''}
          onChange={(e) => onChange({ ...filters, committee: e.target.value || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {COMMITTEES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <DateInput label={t('filters.from')} value={filters.from} onChange={(from) => onChange({ ...filters, from })} />
      <DateInput label={t('filters.to')} value={filters.to} onChange={(to) => onChange({ ...filters, to })} />
      <label>
        {t('filters.topic')}{' '}
        <select
          value={filters.topic ?? ''}
          onChange={(e) => onChange({ ...filters, topic: e.target.value || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {topics.map((tp) => (
            <option key={tp.id} value={tp.id.replace(/^Topic:/, '')}>
              {tp.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
