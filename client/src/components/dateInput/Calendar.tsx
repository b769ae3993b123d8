import { DayPicker } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale/en-GB';
import { nb } from 'react-day-picker/locale/nb';
import 'react-day-picker/style.css';
import './calendar.css';

interface Props {
  id: string;
  label: string;
  closeLabel: string;
  lang: string;
  value: string | undefined;
  onPick: (iso: string) => void;
  onClose: () => void;
}

const isoOf = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A month calendar beside a date field, Monday first (as Norwegian calendars are); Escape closes it. */
export default function Calendar({ id, label, closeLabel, lang, value, onPick, onClose }: Props) {
  const selected = value ? new Date(`${value}T12:00:00`) : undefined;
  return (
    <div
      id={id}
      className="date-calendar"
      role="dialog"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <DayPicker
        mode="single"
        required
        locale={lang === 'en' ? enGB : nb}
        weekStartsOn={1}
        captionLayout="dropdown"
        startMonth={new Date(2010, 0)}
        endMonth={new Date(new Date().getFullYear() + 2, 11)}
        defaultMonth={selected}
        selected={selected}
        onSelect={(d) => d && onPick(isoOf(d))}
        autoFocus
      />
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </div>
  );
}
