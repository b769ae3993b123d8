import { useT } from '../i18n/i18n.js';
import type { UrlState } from '../state/urlState.js';

/** Whether a view counts only cases whose main subject is a topic, or also cases that mention it. */
export function TopicRoleSelect({
  value,
  update,
}: {
  value: 'main' | 'any';
  update: (f: (s: UrlState) => UrlState) => void;
}) {
  const { t } = useT();
  return (
    <label>
      {t('filters.role')}{' '}
      <select
        aria-label={t('filters.role')}
        value={value}
        onChange={(e) => update((s) => ({ ...s, topicRole: e.target.value as 'main' | 'any' }))}
      >
        <option value="any">{t('role.any')}</option>
        <option value="main">{t('role.main')}</option>
      </select>
    </label>
  );
}
