import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import { formatDate, parseDate } from './parseDate.js';
import './dateInput.css';

// The calendar is loaded when first opened: most readers type or never touch a date.
const Calendar = lazy(() => import('./Calendar.js'));

interface Props {
  label: string;
  /** An ISO date, or undefined for none. */
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  /** Whether clearing the field is allowed (a filter); otherwise an empty field keeps the date. */
  clearable?: boolean;
}

/**
 * A date field in the reader's language whatever the browser's locale (a native date input shows
 * mm/dd/yyyy in a US-configured browser): typed as "7.3.2024", "07.03.2024" or "2024-03-07", read
 * when the field is left or Enter pressed, a wrong date named in words, and a calendar that
 * starts on Monday.
 */
export function DateInput({ label, value, onChange, clearable = true }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const [text, setText] = useState(formatDate(value, lang));
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setText(formatDate(value, lang));
    setError(undefined);
  }, [value, lang]);

  const commit = () => {
    if (!text.trim()) {
      setError(undefined);
      if (clearable) onChange(undefined);
      else setText(formatDate(value, lang));
      return;
    }
    const r = parseDate(text);
    if (!r.ok) {
      setError(`«${text.trim()}» ${t(r.reason === 'format' ? 'date.format' : 'date.noSuchDate')}`);
      return;
    }
    setError(undefined);
    setText(formatDate(r.iso, lang));
    if (r.iso !== value) onChange(r.iso);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span className="date-field">
      <label htmlFor={`${id}-input`}>{label}</label>{' '}
      <input
        id={`${id}-input`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={11}
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      <button
        ref={button}
        type="button"
        className="date-pick"
        aria-label={`${t('date.pick')}: ${label}`}
        aria-expanded={open}
        aria-controls={open ? `${id}-cal` : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {/* Drawn, not an emoji: machines without an emoji font would show an empty box. */}
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
          <path d="M4 9h2v2H4zM7 9h2v2H7zM10 9h2v2h-2z" fill="currentColor" />
        </svg>
      </button>
      <span id={`${id}-msg`} className={error ? 'field-error' : 'date-hint'} role={error ? 'alert' : undefined}>
        {error ?? t('date.hint')}
      </span>
      {open && (
        <Suspense fallback={null}>
          <Calendar
            id={`${id}-cal`}
            label={`${t('date.calendar')}: ${label}`}
            closeLabel={t('date.close')}
            lang={lang}
            value={value}
            onPick={(iso) => {
              setOpen(false);
              button.current?.focus();
              if (iso !== value) onChange(iso);
            }}
            onClose={close}
          />
        </Suspense>
      )}
    </span>
  );
}
