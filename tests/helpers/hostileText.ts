/**
 * Hostile document texts of a chosen size, made by code: each repeats one pattern that once made a
 * parser pass superlinear (or that could), inside the minutes of a real committee so that every
 * reader (header, cases, statements, dependencies, references) sees it. `units` scales the hostile
 * part; doubling it doubles the text.
 */
export interface HostileShape {
  name: string;
  /** The hostile part of a case body, `units` times its pattern. */
  body: (units: number, rnd: () => number) => string;
}

const HEAD = [
  'Referat fra møtet i NUFA',
  'Møte Fagutvalget (NUFA)',
  'Dato 31. august 2022',
  'Sted Oslo',
  '',
  'Sak 10/22 Nasjonal kjernejournal',
  '',
];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const repeat = (n: number, f: (i: number) => string, sep = '\n') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

const TOPICS = ['kjernejournal', 'e-resept', 'helsenorge', 'legemiddelområdet', 'EHDS', 'helseanalyseplattformen'];
const ORGS = ['Helse Vest RHF', 'KS', 'Direktoratet for e-helse', 'Norsk helsenett SF', 'Helse Nord RHF', 'FHI'];
const CUES = ['er en forutsetning for', 'bygger på', 'må sees i sammenheng med', 'er avhengig av', 'forsinker'];

export const HOSTILE_SHAPES: HostileShape[] = [
  // Short lines broken after "e-": one growing word joined line by line.
  { name: 'hyphen run', body: (n) => repeat(n, () => 'e-') + '\nhelse' },
  { name: 'hyphen-wrapped words', body: (n, r) => repeat(n, () => `${pick(r, ['infor', 'sam', 'EHDS', 'e', 'ko'])}-`) },
  {
    name: 'repeated cue, one sentence',
    body: (n, r) => `${repeat(n, () => `${pick(r, TOPICS)} ${pick(r, CUES)}`, ' ')} kjernejournal.`,
  },
  {
    name: 'repeated cue, many sentences',
    body: (n, r) =>
      repeat(n, () => `${pick(r, ORGS)} sa at ${pick(r, TOPICS)} ${pick(r, CUES)} ${pick(r, TOPICS)}.`, ' '),
  },
  {
    name: 'one 100k-character line',
    body: (n, r) => repeat(n * 40, () => pick(r, ['ord', 'helse', 'og', 'e-helse', 'KS']), ' '),
  },
  {
    name: 'deep bullet nesting',
    body: (n, r) =>
      repeat(n, (i) => `${' '.repeat(i % 200)}${pick(r, ['-', '•', '*', 'o', '1.', 'a)'])} ${pick(r, TOPICS)}`),
  },
  {
    name: 'many case numbers',
    body: (n) => repeat(n, (i) => `Sak ${(i % 97) + 1}/${(i % 30) + 10} ble drøftet, jf. sak ${i % 50}/22.`),
  },
  { name: 'many names', body: (n, r) => repeat(n, (i) => `Ola Nordmann${i}, ${pick(r, ORGS)}`) },
  {
    name: 'many dates',
    body: (n, r) =>
      repeat(
        n,
        (i) => `Møte ${(i % 28) + 1}. ${pick(r, ['januar', 'mars', 'juni', 'desember'])} ${2010 + (i % 20)} kl. 10.00`,
        ' ',
      ),
  },
  { name: 'whitespace run', body: (n) => `Tekst${' \t'.repeat(n * 40)}slutt ${'\n'.repeat(n)} x` },
  { name: 'punctuation run', body: (n) => `Tekst ${'.,;:!?-–()«»"/'.repeat(n * 3)} slutt` },
  { name: 'digit run', body: (n) => `Sak ${'1'.repeat(n * 20)}/22 ${'12.'.repeat(n * 5)}` },
];

/** A minutes text whose first case's body is the hostile part. */
export function hostileMinutes(shape: HostileShape, units: number, seed = 1): string {
  let s = seed >>> 0 || 1;
  // xorshift32: the same input for the same seed, so a doubling compares like with like.
  const rnd = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  return [...HEAD, shape.body(units, rnd), ''].join('\n');
}
