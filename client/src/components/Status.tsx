import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

/** Loading, error (with retry) and empty states: no view is ever a blank page. */
export function Status({
  loading,
  error,
  retry,
  empty,
  children,
}: {
  loading?: boolean;
  error?: ApiError;
  retry?: () => void;
  empty?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useT();
  if (error) {
    return (
      <div className="status status-error" role="alert">
        <p>
          {error.status === 503 || error.message === 'network' ? t('apiDown') : `${t('apiDown')} (${error.message})`}
        </p>
        {retry && (
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading)
    return (
      <div className="status" aria-busy="true">
        {t('loading')}
      </div>
    );
  if (empty) return <div className="status status-empty">{empty}</div>;
  return <>{children}</>;
}
