/** Case types as written in agenda tables; the canonical spelling is the first of each group. */
const TYPES: string[][] = [
  ['Godkjenning', 'Godkjenningssak', 'Til godkjenning'],
  ['Drøfting', 'Drøftingssak', 'Til drøfting', 'Diskusjon', 'Diskusjonssak'],
  ['Orientering', 'Orienteringssak', 'Til orientering', 'Informasjon', 'Informasjonssak'],
  ['Anbefaling', 'Til anbefaling'],
  ['Beslutning', 'Beslutningssak', 'Vedtakssak', 'Til beslutning', 'Vedtak'],
  ['Tilslutning', 'Til tilslutning'],
  ['Innspill', 'Til innspill'],
  ['Utsatt'],
];
const CANONICAL = new Map(TYPES.flatMap((g) => g.map((t) => [t.toLowerCase(), g[0]!] as const)));
const TYPE_AT_END = new RegExp(
  `\\s+(${[...CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/\s+/g, '\\s+'))
    .join('|')})\\s*$`,
  'i',
);
/** Pattern: a one-letter type code column, explained by a legend such as "B = beslutning, O = orientering, D = drøfting". */
const TYPE_CODE = /\s+\(?([BOD])\)?\s*$/;
const CODES: Record<string, string> = { B: 'Beslutning', O: 'Orientering', D: 'Drøfting' };
const TIME = /\s+(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?=\s|$)/;

/** Splits an agenda row's text into title, time and type: "Plan … 12:15 Drøfting". */
export function splitRow(text: string): { title: string; type?: string; time?: string } {
  let rest = text.trim();
  let type: string | undefined;
  const t = TYPE_AT_END.exec(rest);
  const code = TYPE_CODE.exec(rest);
  if (t && t.index > 0) {
    type = CANONICAL.get(t[1]!.toLowerCase().replace(/\s+/g, ' '));
    rest = rest.slice(0, t.index);
  } else if (code && code.index > 0) {
    type = CODES[code[1]!];
    rest = rest.slice(0, code.index);
  }
  let time: string | undefined;
  const tm = TIME.exec(rest);
  if (tm) {
    time = tm[1]!.replace('.', ':');
    rest = (rest.slice(0, tm.index) + rest.slice(tm.index + tm[0].length)).trim();
  }
  return { title: rest.replace(/[\s,–-]+$/, '').trim(), ...(type ? { type } : {}), ...(time ? { time } : {}) };
}
