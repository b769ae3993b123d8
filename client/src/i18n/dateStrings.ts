/** Texts of the date fields: typed in the reader's language, with a calendar that starts on Monday. */
export const DATE_STRINGS = {
  nb: {
    'date.placeholder': 'dd.mm.åååå',
    'date.hint': 'Skriv datoen som dd.mm.åååå, for eksempel 07.03.2024',
    'date.format': 'ikke en dato: skriv den som dd.mm.åååå, for eksempel 07.03.2024',
    'date.noSuchDate': 'finnes ikke i kalenderen',
    'date.pick': 'Velg dato i kalender',
    'date.calendar': 'Kalender',
    'date.close': 'Lukk kalenderen',
  },
  en: {
    'date.placeholder': 'yyyy-mm-dd',
    'date.hint': 'Type the date as yyyy-mm-dd or dd.mm.yyyy, e.g. 2024-03-07',
    'date.format': 'not a date: type it as yyyy-mm-dd or dd.mm.yyyy, e.g. 2024-03-07',
    'date.noSuchDate': 'is not in the calendar',
    'date.pick': 'Pick a date in a calendar',
    'date.calendar': 'Calendar',
    'date.close': 'Close the calendar',
  },
} as const;
