/**
 * Dates as people type them in Norway, read without the browser's locale: "7.3.2024", "07.03.2024",
 * "7/3/2024", "7.3.24" and ISO "2024-03-07". Pure, so the field and its tests share it.
 */
export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'format' | 'no-such-date' };

const DMY = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Whether 31.2 or 29.2.2023 exist: the calendar, not a range check per field. */
function exists(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parseDate(text: string): DateParse {
  const s = text.trim();
  let y: number, m: number, d: number;
  const dmy = DMY.exec(s);
  const iso = ISO.exec(s);
  if (dmy) {
    d = Number(dmy[1]);
    m = Number(dmy[2]);
    // Two digits are this century: committee documents start in the 2010s.
    y = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
  } else if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else return { ok: false, reason: 'format' };
  if (y < 1900 || y > 2199 || !exists(y, m, d)) return { ok: false, reason: 'no-such-date' };
  return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** An ISO date as the field shows it: dd.mm.åååå in Norwegian, the ISO date itself in English. */
export function formatDate(iso: string | undefined, lang: string): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return '';
  return lang === 'en' ? iso! : `${m[3]}.${m[2]}.${m[1]}`;
}
