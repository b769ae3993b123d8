import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResultT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { KIND_STYLE } from '../kinds.js';
import { STANCES, type StanceT } from '../../../graph/schema/nodes.js';
import { Highlighted } from './Highlighted.js';
import { StanceBadge } from './StanceBadge.js';

/** Search with typeahead: kind icon, label and a highlighted snippet; arrows and Enter pick. */
export function SearchBox({
  onPick,
  placeholder,
  label,
  kinds,
  autoFocus,
  withStance,
}: {
  onPick: (id: string, label: string) => void;
  placeholder?: string;
  label?: string;
  kinds?: string[];
  autoFocus?: boolean;
  /** Offer a stance choice beside the box: with one chosen, only statements of that stance are found. */
  withStance?: boolean;
}) {
  const { t, kind } = useT();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [stance, setStance] = useState<StanceT | ''>('');
  const listId = useId();
  // Closing on blur waits for a click on an option; focusing again must cancel that pending close.
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const reopen = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 200);
    return () => clearTimeout(h);
  }, [text]);
  const res = useApi<SearchResultT>(
    debounced ? `/api/search?${q({ q: debounced, limit: 12, kinds, stance })}` : undefined,
  );
  const hits = res.data?.hits ?? [];
  const pick = (i: number) => {
    const h = hits[i];
    if (!h) return;
    onPick(h.id, h.label);
    setOpen(false);
    setText('');
  };
  return (
    <>
      <div
        className="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-owns={listId}
        aria-controls={listId}
        aria-haspopup="listbox"
      >
        <input
          type="search"
          aria-label={label ?? t('searchLabel')}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          placeholder={placeholder ?? t('searchPlaceholder')}
          value={text}
          autoFocus={autoFocus}
          onChange={(e) => {
            setText(e.target.value);
            reopen();
            setActive(0);
          }}
          onFocus={reopen}
          onBlur={() => (closing.current = setTimeout(() => setOpen(false), 150))}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') pick(active);
            else if (e.key === 'Escape') setOpen(false);
            else return;
            e.preventDefault();
          }}
        />
        {/* Always in the DOM (hidden when closed): aria-owns and aria-controls must name an element. */}
        <ul className="search-results" role="listbox" id={listId} hidden={!(open && debounced)}>
          {open && debounced && (
            <>
              {res.error && <li className="search-empty">{t('apiDown')}</li>}
              {!res.loading && !res.error && !hits.length && <li className="search-empty">{t('noResults')}</li>}
              {hits.map((h, i) => (
                <li
                  key={h.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : ''}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(i);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="kind-icon" style={{ color: KIND_STYLE[h.kind]?.color }} aria-hidden>
                    {KIND_STYLE[h.kind]?.icon}
                  </span>
                  <span className="hit-text">
                    <span className="hit-label">{h.label}</span>
                    <span className="hit-kind">{kind(h.kind)}</span>
                    {h.stance && <StanceBadge stance={h.stance} cue={h.stanceCue ?? ''} focusable={false} />}
                    <span className="hit-snippet">
                      <Highlighted text={h.snippet} ranges={h.highlights} />
                    </span>
                  </span>
                </li>
              ))}
            </>
          )}
        </ul>
      </div>
      {withStance && (
        <label className="search-stance">
          {t('stance.label')}{' '}
          <select value={stance} onChange={(e) => setStance(e.target.value as StanceT | '')}>
            <option value="">{t('search.anyStance')}</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`stance.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
