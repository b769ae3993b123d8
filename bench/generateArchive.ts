/**
 * A synthetic archive of committee documents for benchmarks: agendas (with case notes) and minutes
 * of NUFA, NUIT, Nasjonalt e-helsestyre and Nasjonalt e-helseråd over ten years, deterministic from
 * a seed. Matters travel between committees (same titles, "NUFA behandlet saken …", "Vedtak fra
 * tidligere behandlinger"), members serve terms and are replaced, organisations raise statements.
 *
 *   tsx bench/generateArchive.ts --n 1000 --seed 1 --out DIR
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MONTH_NAMES } from '../seed/parse/dates.js';

export interface GeneratedFile {
  relPath: string;
  text: string;
}

/** mulberry32: small, fast and good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const BODIES = [
  { key: 'NUFA', header: 'Fagutvalget (NUFA)', name: 'NUFA', style: 'nufa' },
  { key: 'NUIT', header: 'Prioriteringsutvalget (NUIT)', name: 'NUIT', style: 'nufa' },
  { key: 'EHELSESTYRE', header: 'Nasjonalt e-helsestyre', name: 'Nasjonalt e-helsestyre', style: 'styre' },
  { key: 'EHELSERAD', header: 'Nasjonalt e-helseråd', name: 'Nasjonalt e-helseråd', style: 'styre' },
] as const;
type Body = (typeof BODIES)[number];

const ORGS = [
  'Direktoratet for e-helse',
  'Helsedirektoratet',
  'Helse Sør-Øst RHF',
  'Helse Vest RHF',
  'Helse Midt-Norge RHF',
  'Helse Nord RHF',
  'KS',
  'Norsk helsenett SF',
  'Folkehelseinstituttet',
  'Legeforeningen',
  'Apotekforeningen',
  'Norsk Sykepleierforbund',
  'FFO',
  'Oslo kommune',
  'Bergen kommune',
  'Trondheim kommune',
  'Bodø kommune',
  'Tromsø kommune',
  'Kristiansand kommune',
  'Stavanger kommune',
  'Legemiddelverket',
  'Kreftforeningen',
] as const;
const SPEAKERS = ORGS.filter((o) => o !== 'Direktoratet for e-helse');

const GIVEN = [
  'Anne',
  'Kari',
  'Ingrid',
  'Marit',
  'Liv',
  'Hilde',
  'Silje',
  'Tone',
  'Berit',
  'Guro',
  'Per',
  'Ola',
  'Jon',
  'Lars',
  'Knut',
  'Erik',
  'Terje',
  'Geir',
  'Håkon',
  'Øyvind',
  'Espen',
  'Sigrid',
  'Trond',
  'Åse',
  'Nils',
  'Randi',
  'Bjørn',
];
const FAMILY = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Berg',
  'Haugen',
  'Hagen',
  'Bakken',
  'Solberg',
  'Strand',
  'Lie',
  'Moen',
  'Dahl',
  'Lund',
  'Aasen',
  'Brekke',
  'Myhre',
  'Sæther',
  'Rønning',
  'Holm',
  'Vik',
  'Eide',
  'Fossum',
  'Gundersen',
];

/** Matters that travel through the committees; each title names a topic of seed/data/topics.json. */
const MATTERS = [
  'Pasientens legemiddelliste',
  'Kjernejournal og dokumentdeling',
  'Digital hjemmeoppfølging',
  'Kunstig intelligens i helsetjenesten',
  'Persontilpasset medisin',
  'Nasjonal e-helsestrategi',
  'Samarbeidsmodell for internasjonale standarder',
  'Helseanalyseplattform',
  'Velferdsteknologisk knutepunkt',
  'Program digital samhandling',
  'Felles kommunal journal',
  'Helseteknologiordning',
  'Smittevern og beredskap',
  'Nasjonal tilkobling til eHDSI',
  'Helsenorge som innbyggerportal',
  'Tryggere helseapper',
  'Nasjonal e-helsemonitor',
  'Juridisk handlingsrom for deling av helseopplysninger',
  'Nasjonal e-helseportefølje og veikart',
  'Kostnadsfordeling for nasjonale e-helseløsninger',
  'Innføring av nasjonale e-helseløsninger',
  'Helsedataråd og brukerråd for helsedata',
  'Utveksling av helseopplysninger mellom NAV og helsesektoren',
  'E-resept i kommunene',
  'HelseID for kommunale tjenester',
  'Legemiddel grunndata',
  'Plan for digitalisering på legemiddelområdet',
  'Europeisk helsedataområde (EHDS)',
];
const ASPECTS = ['status', 'veien videre', 'forslag til tiltak', 'gevinstrealisering', 'finansiering', 'høring'];
const TYPES = ['Drøfting', 'Orientering', 'Anbefaling', 'Beslutning', 'Tilslutning'];
const CLAIMS = [
  'mener det er viktig at kommunene involveres tidlig i arbeidet',
  'påpekte at finansieringen må være avklart før innføring',
  'mener gevinstene må dokumenteres bedre',
  'ba om at personvernkonsekvensene utredes',
  'mener leverandørene må utfordres tidligere',
  'påpekte behovet for felles standarder og terminologi',
  'mener tidsplanen er for ambisiøs',
  'støtter retningen i arbeidet',
  'ba om en tydeligere ansvarsdeling mellom aktørene',
  'påpekte at opplæring av helsepersonell må prioriteres',
];
const MONTHS = MONTH_NAMES;

interface Person {
  name: string;
  org: string;
}
interface Treatment {
  body: Body;
  number: string;
  title: string;
  date: string;
}
interface Meeting {
  body: Body;
  date: string;
  seq: number;
  year: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
};
const dotted = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
};

/** Members hold seats for a term of three to four years, then someone from the same organisation takes over. */
function seatHolders(r: Rng, body: Body, years: number[]): Map<number, Person[]> {
  const seats = body.style === 'nufa' ? 16 : 9;
  const out = new Map<number, Person[]>();
  const holders: { person: Person; until: number }[] = [];
  const usedNames = new Set<string>();
  const newPerson = (org: string): Person => {
    for (;;) {
      const name = `${r.pick(GIVEN)} ${r.chance(0.3) ? `${r.pick(GIVEN)[0]}. ` : ''}${r.pick(FAMILY)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return { name, org };
      }
    }
  };
  for (let s = 0; s < seats; s++) {
    const org = s === 0 ? 'Direktoratet for e-helse' : ORGS[(s * 7 + body.key.length) % ORGS.length]!;
    holders.push({ person: newPerson(org), until: years[0]! + r.int(0, 4) });
  }
  for (const y of years) {
    for (const h of holders)
      if (y > h.until) Object.assign(h, { person: newPerson(h.person.org), until: y + r.int(2, 4) });
    out.set(
      y,
      holders.map((h) => h.person),
    );
  }
  return out;
}

/** Generates `n` documents (agendas with case notes, minutes) for the four bodies over ten years. */
export function generateArchive(opts: { n?: number; seed?: number; startYear?: number; years?: number } = {}) {
  const n = opts.n ?? 1000;
  const r = rng(opts.seed ?? 1);
  const startYear = opts.startYear ?? 2013;
  const yearCount = opts.years ?? 10;
  const years = Array.from({ length: yearCount }, (_, i) => startYear + i);
  const members = new Map(BODIES.map((b) => [b.key, seatHolders(r, b, years)]));
  const secretaries = new Map(BODIES.map((b) => [b.key, `${r.pick(GIVEN)} ${r.pick(FAMILY)}sen`]));

  // Two documents per meeting (agenda, minutes): spread the meetings over the years and bodies.
  const meetingCount = Math.ceil(n / 2);
  const perYearPerBody = Math.max(1, Math.ceil(meetingCount / (yearCount * BODIES.length)));
  const meetings: Meeting[] = [];
  for (const year of years)
    for (const [bi, body] of BODIES.entries())
      for (let k = 0; k < perYearPerBody; k++) {
        const dayOfYear = Math.floor(((k + 0.5) * 330) / perYearPerBody) + 10 + bi * 3;
        const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
        if (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + (d.getUTCDay() === 6 ? 2 : 1));
        meetings.push({ body, date: iso(d), seq: k + 1, year });
      }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.body.key.localeCompare(b.body.key));
  meetings.length = Math.min(meetings.length, meetingCount);

  const counters = new Map<string, number>();
  const history = new Map<string, Treatment[]>(); // matter title → treatments so far
  const files: GeneratedFile[] = [];

  for (const m of meetings) {
    const yy = String(m.year % 100).padStart(2, '0');
    const next = () => {
      const k = `${m.body.key}-${yy}`;
      const v = (counters.get(k) ?? 0) + 1;
      counters.set(k, v);
      return `${v}/${yy}`;
    };
    const cases: { number: string; title: string; type: string; matter?: string; earlier: Treatment[] }[] = [];
    cases.push({ number: next(), title: 'Godkjenning av innkalling og dagsorden', type: 'Godkjenning', earlier: [] });
    const substantive = r.int(3, 6);
    const chosen = new Set<string>();
    for (let i = 0; i < substantive; i++) {
      const matter = r.pick(MATTERS);
      if (chosen.has(matter)) continue;
      chosen.add(matter);
      const earlier = (history.get(matter) ?? []).filter((t) => t.date < m.date).slice(-3);
      // A matter keeps its title as it travels; sometimes a later treatment adds an aspect.
      const title =
        earlier.length && r.chance(0.7) ? earlier[earlier.length - 1]!.title : `${matter} – ${r.pick(ASPECTS)}`;
      cases.push({ number: next(), title, type: r.pick(TYPES), matter, earlier });
    }
    cases.push({ number: next(), title: 'Eventuelt', type: 'Orientering', earlier: [] });

    const people = members.get(m.body.key)!.get(m.year)!;
    const absent = people.filter((_, i) => i > 0 && r.chance(0.15));
    const present = people.filter((p) => !absent.includes(p));
    const place = r.pick(['Videomøte', 'Teams', 'Oslo', 'Gardermoen', 'Direktoratet for e-helse, Oslo']);
    const slug = m.body.key.toLowerCase();
    const folder = String(m.year);

    files.push({ relPath: `${folder}/${m.date}-${slug}-innkalling.txt`, text: agenda(r, m, cases, place) });
    if (files.length < n)
      files.push({
        relPath: `${folder}/${m.date}-${slug}-referat.txt`,
        text: minutes(r, m, cases, present, absent, secretaries.get(m.body.key)!, place),
      });
    for (const c of cases)
      if (c.matter)
        history.set(c.matter, [
          ...(history.get(c.matter) ?? []),
          { body: m.body, number: c.number, title: c.title, date: m.date },
        ]);
    if (files.length >= n) break;
  }
  return files.slice(0, n);
}

type GenCase = { number: string; title: string; type: string; matter?: string; earlier: Treatment[] };

function citationSentence(r: Rng, t: Treatment): string {
  return r.pick([
    `${t.body.name} behandlet saken ${dotted(t.date)} (sak ${t.number}).`,
    `${t.body.name} drøftet saken ${dotted(t.date)}.`,
    `${t.body.name} har tidligere drøftet arbeidet, ${dotted(t.date)} (sak ${t.number}).`,
  ]);
}

function agenda(r: Rng, m: Meeting, cases: GenCase[], place: string): string {
  const out = ['Møteinnkalling', `Møte i ${m.body.name}`, `Møte ${m.seq}/${m.year}`, `Dato ${longDate(m.date)}`];
  out.push('Tid kl. 10.00 – 15.00', `Sted ${place}`, '', 'Sak Tema Sakstype');
  for (const c of cases) out.push(`${c.number} ${c.title} ${c.type}`);
  out.push('', 'Sak Tema Sakstype');
  const notes: string[] = [];
  cases.forEach((c, i) => {
    out.push(`${c.number} ${c.title} ${c.type}`);
    if (c.matter) {
      out.push(
        `Direktoratet for e-helse ønsker å legge fram saken om ${c.title.toLowerCase()} for ${c.type.toLowerCase()}.`,
      );
      const last = c.earlier[c.earlier.length - 1];
      if (last) out.push(citationSentence(r, last));
      if (r.chance(0.2)) {
        const other = r.pick(BODIES.filter((b) => b.key !== m.body.key));
        const later = new Date(Date.parse(m.date) + r.int(30, 120) * 86_400_000).toISOString().slice(0, 10);
        out.push(`Saken skal behandles i ${other.name} ${longDate(later)}.`);
      }
    }
    out.push('Forslag til vedtak:');
    out.push(
      c.matter
        ? `${m.body.name} drøfter saken og ber Direktoratet for e-helse ta med innspillene i det videre arbeidet.`
        : `${m.body.name} godkjenner innkalling og dagsorden.`,
    );
    out.push('');
    if (c.matter && c.earlier.length && r.chance(0.5)) notes.push(...caseNote(r, m, c, i + 1));
  });
  return [...out, ...notes].join('\n') + '\n';
}

function caseNote(r: Rng, m: Meeting, c: GenCase, attachment: number): string[] {
  const [n, yy] = c.number.split('/');
  const out = [`Vedlegg ${attachment}_Sak ${n}-${yy}_${c.title}`, '', c.title, '', 'Forslag til vedtak', ''];
  out.push(
    `${m.body.name} drøfter saken og ber Direktoratet for e-helse ta med innspillene i det videre arbeidet.`,
    '',
  );
  out.push('Hensikt med saken', '');
  out.push(
    `Direktoratet for e-helse ønsker innspill fra ${m.body.name} på arbeidet med ${c.title.toLowerCase()}. ` +
      `Arbeidet er forankret i Helse- og omsorgsdepartementet og ${r.pick(['skal', 'vil'])} sees i sammenheng med nasjonal e-helsestrategi.`,
    '',
  );
  out.push('Bakgrunn', '', `Saken bygger på tidligere behandlinger i rådsmodellen.`, '');
  out.push('Vedtak fra tidligere behandlinger i rådsmodellen', '', 'Sak Tema  Vedtaksformulering', '');
  for (const t of c.earlier) {
    out.push(
      `${t.body.name} ${t.number} ${t.title}`,
      '',
      `${t.body.name} drøftet saken og ga innspill til det videre arbeidet.`,
      '',
    );
  }
  return out;
}

function minutes(
  r: Rng,
  m: Meeting,
  cases: GenCase[],
  present: Person[],
  absent: Person[],
  secretary: string,
  place: string,
): string {
  const out: string[] = [];
  if (m.body.style === 'nufa') {
    out.push(
      `Referat fra møtet i ${m.body.name}`,
      `Møte ${m.body.header}`,
      `Dato ${longDate(m.date)}`,
      `Sted ${place}`,
    );
    out.push('Medlemmer', ...present.map((p) => `${p.name}, ${p.org}`), '');
    if (absent.length) out.push(`Ikke til stede ${absent.map((p) => `${p.name}, ${p.org}`).join('\n')}`, '');
    out.push('Sak Tema Sakstype', ...cases.map((c) => `${c.number} ${c.title} ${c.type}`), '', 'Sak Tema');
  } else {
    out.push(
      `Referat fra møte i ${m.body.name}`,
      `Møte ${m.seq}/${m.year}`,
      `Dato: ${dotted(m.date).replace(/^(\d)\./, '0$1.')}`,
    );
    out.push('Tid: kl. 10.00 – 15.00', `Sted: ${place}`);
    out.push(`Til stede: ${present.map((p) => `${p.name} (${p.org})`).join(', ')}`);
    if (absent.length) out.push(`Forfall: ${absent.map((p) => `${p.name} (${p.org})`).join(', ')}`);
    out.push(`Sekretariat: ${secretary} (Direktoratet for e-helse)`, '');
  }
  for (const c of cases) {
    out.push(m.body.style === 'nufa' ? `${c.number} ${c.title}` : `Sak ${c.number} ${c.title}`);
    if (c.matter) {
      const presenter = `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
      out.push(`${presenter}, Direktoratet for e-helse, orienterte om ${c.title.toLowerCase()}.`, '');
      out.push('Følgende innspill og spørsmål ble tatt med fra møtet:');
      const k = r.int(1, 4);
      for (let i = 0; i < k; i++) {
        const org = r.pick(SPEAKERS);
        out.push(`• ${org} ${r.pick(CLAIMS)}.`);
      }
      if (r.chance(0.3))
        out.push('• Det ble stilt spørsmål om tidsplanen. Direktoratet for e-helse svarte at den legges fram senere.');
      if (r.chance(0.2)) {
        out.push(
          '',
          'Aksjonspunkter:',
          `- Direktoratet for e-helse kommer tilbake med en plan for ${c.title.toLowerCase()}.`,
        );
        out.push('  Ansvar: Direktoratet for e-helse');
      }
      out.push(
        '',
        'Vedtak:',
        `${m.body.name} drøftet saken og ba Direktoratet for e-helse ta med innspill fra møtet i det videre arbeidet.`,
      );
    } else {
      out.push('Vedtak:', `${m.body.name} godkjenner innkalling og dagsorden.`);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('Usage: tsx bench/generateArchive.ts --n 1000 --seed 1 --out DIR\n');
    process.exit(2);
  }
  const files = generateArchive({ n: Number(values.n), seed: Number(values.seed) });
  for (const f of files) {
    const target = path.join(values.out, f.relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  process.stdout.write(`${files.length} documents written to ${values.out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
