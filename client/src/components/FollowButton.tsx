import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.js';

export type FeedScope = 'topics' | 'committees' | 'organizations';

export const feedUrl = (scope: FeedScope, key: string) =>
  `${window.location.origin}/feeds/${scope}/${encodeURIComponent(key)}.atom`;

/** "Følg": shows the Atom feed address of a topic, committee or organisation, ready to copy. */
export function FollowButton({ scope, feedKey, name }: { scope: FeedScope; feedKey: string; name: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const url = feedUrl(scope, feedKey);
  return (
    <span className="follow">
      <button
        type="button"
        className="follow-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden>◉</span> {t('follow')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {open && (
        <span id={id} className="follow-popover" role="group" aria-label={`${t('follow')} ${name}`}>
          <span className="hint">{t('follow.help')}</span>
          <input readOnly value={url} aria-label={`Atom ${name}`} onFocus={(e) => e.target.select()} />
          <span className="follow-actions">
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              {copied ? t('follow.copied') : t('follow.copy')}
            </button>
            <a href={url} target="_blank" rel="noreferrer">
              Atom
            </a>
            <button type="button" onClick={() => setOpen(false)}>
              {t('close')}
            </button>
          </span>
        </span>
      )}
    </span>
  );
}
