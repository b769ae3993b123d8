import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

/**
 * Under a paged list: "Viser N av M" and a "Vis flere" button while there is more. The count is a
 * live status, so a screen reader hears how many came in; when the last page has come and the
 * button goes, focus moves to that status instead of falling back to the top of the page.
 */
export function MoreButton({
  shown,
  total,
  hasMore,
  loading,
  error,
  onMore,
  what,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  error?: ApiError | undefined;
  onMore: () => void;
  /** What the list is, when a page has several ("Vedtak"): the button then says which list grows. */
  what?: string;
}) {
  const { t } = useT();
  const status = useRef<HTMLSpanElement>(null);
  // Set when the button is used, so focus moves only for the user who pressed it.
  const pressed = useRef(false);
  const [before, setBefore] = useState<number>();
  const added = before !== undefined && shown > before ? shown - before : 0;
  useEffect(() => {
    if (!pressed.current || loading) return;
    if (!hasMore) status.current?.focus();
    pressed.current = false;
  }, [loading, hasMore]);
  if (total === 0) return null;
  const count = t('paging.shown').replace('{shown}', String(shown)).replace('{n}', String(total));
  return (
    <p className="paging">
      <span ref={status} role="status" tabIndex={-1} className="muted">
        {count}
        {added > 0 && <span className="visually-hidden"> {t('paging.added').replace('{added}', String(added))}</span>}
        {error && <span className="status-error"> {t('paging.failed')}</span>}
      </span>{' '}
      {hasMore && (
        <button
          type="button"
          aria-disabled={loading}
          aria-label={what ? `${t('paging.moreOf').replace('{what}', what)} (${count})` : undefined}
          onClick={() => {
            if (loading) return;
            pressed.current = true;
            setBefore(shown);
            onMore();
          }}
        >
          {loading ? t('paging.loading') : t('paging.more')}
        </button>
      )}
    </p>
  );
}
