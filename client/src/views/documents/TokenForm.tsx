import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n.js';

/** Asks for the admin token once; it is kept for the session by the caller. */
export function TokenForm({ token, onToken }: { token?: string; onToken: (t: string | undefined) => void }) {
  const { t } = useT();
  const [value, setValue] = useState('');
  const id = useId();
  if (token)
    return (
      <p className="token-set">
        {t('upload.tokenSet')}{' '}
        <button type="button" className="small" onClick={() => onToken(undefined)}>
          {t('upload.tokenForget')}
        </button>
      </p>
    );
  return (
    <form
      className="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onToken(value.trim());
        setValue('');
      }}
    >
      <label htmlFor={id}>{t('upload.token')}</label>{' '}
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-help`}
      />{' '}
      <button type="submit">{t('upload.tokenSave')}</button>
      <p id={`${id}-help`} className="hint">
        {t('upload.tokenHelp')}
      </p>
    </form>
  );
}
