import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../i18n/i18n.js';
import { DateInput } from './DateInput.js';

function Field({
  initial,
  onChange,
  lang = 'nb',
}: {
  initial?: string;
  onChange: (v?: string) => void;
  lang?: 'nb' | 'en';
}) {
  const [value, setValue] = useState(initial);
  return (
    <LangProvider lang={lang}>
      <DateInput
        label="Fra"
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
      />
    </LangProvider>
  );
}

const field = () => screen.getByLabelText('Fra') as HTMLInputElement;
const type = (text: string) => {
  fireEvent.change(field(), { target: { value: text } });
  fireEvent.blur(field());
};

describe('a date field', () => {
  it('shows a date as dd.mm.åååå in Norwegian, whatever the browser', () => {
    render(<Field initial="2024-03-07" onChange={() => {}} />);
    expect(field().value).toBe('07.03.2024');
    expect(field().placeholder).toBe('dd.mm.åååå');
  });

  it('reads what the reader typed when the field is left, and shows it back in its form', () => {
    const onChange = vi.fn();
    render(<Field onChange={onChange} />);
    type('7.3.2024');
    expect(onChange).toHaveBeenLastCalledWith('2024-03-07');
    expect(field().value).toBe('07.03.2024');
    fireEvent.change(field(), { target: { value: '2023-12-31' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('2023-12-31');
  });

  it('names a wrong date in words and keeps the date it had', () => {
    const onChange = vi.fn();
    render(<Field initial="2024-03-07" onChange={onChange} />);
    type('31.02.2024');
    expect(screen.getByRole('alert').textContent).toBe('«31.02.2024» finnes ikke i kalenderen');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    type('neste uke');
    expect(screen.getByRole('alert').textContent).toMatch(/«neste uke» ikke en dato: skriv den som dd\.mm\.åååå/);
    expect(onChange).not.toHaveBeenCalled();
    type('');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers a calendar that starts on Monday, and a day picked there becomes the date', async () => {
    const onChange = vi.fn();
    render(<Field initial="2024-03-07" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Velg dato i kalender: Fra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kalender: Fra' });
    const days = [...dialog.querySelectorAll('thead th')].map((th) => th.textContent?.trim().toLowerCase());
    expect(days[0]).toMatch(/^ma/);
    const day14 = [...dialog.querySelectorAll('button')].find((b) => b.textContent === '14')!;
    await act(async () => fireEvent.click(day14));
    expect(onChange).toHaveBeenLastCalledWith('2024-03-14');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(field().value).toBe('14.03.2024');
  });
});
