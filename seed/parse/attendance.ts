import { joinWrapped, type SourceLine } from './lines.js';
import type { Gazetteer } from './gazetteer.js';
import { orgRef } from './orgRef.js';
import type { ParsedAttendance } from './types.js';

type Status = ParsedAttendance['status'];

const DAY = /\(\s*dag\s*(\d)\s*\)/gi;
const PERSON_NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|van|von|de|der|af))+$/u;

export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  return PERSON_NAME.test(t) && t.split(/\s+/).length <= 6;
}

function balance(s: string): number {
  return (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
}

interface Entry {
  text: string;
  lines: SourceLine[];
}

/**
 * Groups a section's lines into one entry per person. PDF text breaks entries anywhere:
 * "Børge Myrlund Larsen, \nHelsedirektoratet (dag 1)", "Mariann Hornnes (Direktoratet for e-\nhelse)".
 */
function groupEntries(lines: SourceLine[], parenFormat: boolean): Entry[] {
  const entries: Entry[] = [];
  for (const line of lines) {
    const t = line.text.trim();
    const cur = entries[entries.length - 1];
    const continues =
      cur !== undefined &&
      (balance(cur.text) > 0 ||
        /[,-]$|\bfor$|\bog$/.test(cur.text) ||
        /^[\p{Ll}(–)]/u.test(t) ||
        (!parenFormat && !t.includes(',') && cur.text.includes(',') && !looksLikeSubstitute(t)) ||
        (parenFormat && !t.includes('(') && !cur.text.includes('(') && !looksLikePersonName(t)));
    if (continues && cur) {
      cur.text = joinWrapped([cur.text, t]);
      cur.lines.push(line);
    } else {
      entries.push({ text: t, lines: [line] });
    }
  }
  return entries;
}

function looksLikeSubstitute(t: string): boolean {
  return /^\p{Lu}[\p{L}.' -]+?\s+for\s+\p{Lu}/u.test(t);
}

function daysOf(text: string): { days: number[]; rest: string } {
  const days = [...text.matchAll(DAY)].map((m) => Number(m[1]));
  return { days, rest: text.replace(DAY, ' ').replace(/\s+/g, ' ').trim() };
}

/** Parses a section of an attendance list ("Til stede", "Ikke til stede", …) into entries. */
export function parseAttendanceSection(
  gaz: Gazetteer,
  lines: SourceLine[],
  status: Status,
  sectionOrg?: string,
): ParsedAttendance[] {
  const content = lines.filter((l) => !l.furniture && l.text.trim());
  if (!content.length) return [];
  const table = tableRows(gaz, content, status, sectionOrg);
  if (table) return table;
  const listed = semicolonList(gaz, content, status);
  if (listed) return listed;
  // "Name (Organisation)" lists, possibly several per line, versus "Name, Organisation" lines.
  const parenFormat = content.filter((l) => /\((?!\s*dag\b)[^)]*\p{L}/iu.test(l.text)).length * 2 >= content.length;
  const out: ParsedAttendance[] = [];
  for (const entry of groupEntries(content, parenFormat)) {
    const span = {
      lineStart: entry.lines[0]!.no,
      lineEnd: entry.lines[entry.lines.length - 1]!.no,
      quote: entry.text,
    };
    const { days, rest } = daysOf(entry.text.replace(/\)\s*$/, balance(entry.text) < 0 ? '' : ')'));
    if (parenFormat) {
      const re = /(\p{Lu}[^()]*?)\s*\(([^()]+)\)/gu;
      const matches = [...rest.matchAll(re)];
      if (!matches.length && looksLikePersonName(rest)) {
        out.push({ person: rest, status, days, span, ...(sectionOrg ? { org: orgRef(gaz, sectionOrg) } : {}) });
      }
      matches.forEach((m, k) => {
        const after = rest.slice(m.index + m[0].length, matches[k + 1]?.index ?? rest.length);
        const [orgText, ...notes] = m[2]!.split(',').map((s) => s.trim());
        const note = [...notes, after.replace(/^[\s,;–-]+|[\s,;–-]+$/g, '')].filter(Boolean).join(', ');
        const org = orgText ? orgRef(gaz, orgText) : undefined;
        const role = orgText && gaz.isRole(orgText) ? orgText : undefined;
        const observer = /observatør/i.test(note);
        out.push({
          person: m[1]!.trim(),
          status: observer && status === 'present' ? 'observer' : status,
          days,
          span,
          ...(org ? { org } : {}),
          ...(note || role ? { note: [role, note].filter(Boolean).join(', ') } : {}),
        });
      });
      continue;
    }
    for (const part of splitChained(gaz, rest)) {
      const a = commaEntry(gaz, part, status, days, span, sectionOrg);
      if (a) out.push(a);
    }
  }
  return out;
}

/** An org-type word that ends an organisation's name ("Bergen kommune", "Helse Bergen HF"). */
const ORG_END =
  /(?:kommune|fylkeskommune|HF|RHF|AS|ASA|IKS|SF|KF|sykehus|universitet|direktoratet|forbund|forening(?:en)?|senter|tilsyn|etaten|kontor)$/u;

/**
 * Pattern: "Name, Org Name, Org" — entries a PDF's layout ran into one line ("Stein Olav
 * Skrøvseth, Nasjonalt senter for e-helseforskning Lars Vorland, Bergen kommune"). A middle
 * segment is split only where an organisation (known, or ending in an org-type word) is followed
 * by a person's name; otherwise the text is left as one entry, never guessed apart.
 */
export function splitChained(gaz: Gazetteer, text: string): string[] {
  const segs = text.split(',');
  if (segs.length < 3) return [text];
  const out: string[] = [];
  let cur = segs[0]!;
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i]!;
    const split = i < segs.length - 1 ? personAfterOrg(gaz, seg) : undefined;
    if (split) {
      out.push(`${cur},${split.org}`);
      cur = split.person;
    } else cur += `,${seg}`;
  }
  out.push(cur);
  return out;
}

function personAfterOrg(gaz: Gazetteer, seg: string): { org: string; person: string } | undefined {
  const words = seg.trim().split(/\s+/);
  // The fewest name words first: "… e-helseforskning Lars Vorland" before "… Stein Olav Skrøvseth".
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const org = words.slice(0, -k).join(' ');
    const person = words.slice(-k).join(' ');
    if (!looksLikePersonName(person)) continue;
    if (gaz.organizationByName(org) || ORG_END.test(org) || coveredByMention(gaz, org))
      return { org: ` ${org}`, person };
  }
  return undefined;
}

function coveredByMention(gaz: Gazetteer, org: string): boolean {
  const m = gaz.organizationsIn(org)[0];
  return !!m && m.index === 0 && m.length >= org.length - 1;
}

/** One "Name, Organisation" or "Name for Name, Organisation" entry; undefined when no person is named. */
function commaEntry(
  gaz: Gazetteer,
  rest: string,
  status: Status,
  days: number[],
  span: ParsedAttendance['span'],
  sectionOrg?: string,
): ParsedAttendance | undefined {
  // "Lucie Aunan for Karl Vestli, Direktoratet for e-helse (dag 2)"
  const sub = /^(\p{Lu}[\p{L}.' -]+?)\s+for\s+(\p{Lu}[\p{L}.' -]+?)(?:,\s*(.+))?$/u.exec(rest);
  if (sub && looksLikePersonName(sub[1]!) && looksLikePersonName(sub[2]!)) {
    const org = sub[3] ? orgRef(gaz, sub[3]) : undefined;
    return {
      person: sub[1]!.trim(),
      status: 'substitute',
      substituteFor: sub[2]!.trim(),
      days,
      span,
      ...(org ? { org } : {}),
    };
  }
  const comma = rest.indexOf(',');
  const person = (comma < 0 ? rest : rest.slice(0, comma)).trim();
  if (!looksLikePersonName(person)) return undefined;
  const orgText = comma < 0 ? sectionOrg : rest.slice(comma + 1);
  const org = orgText ? orgRef(gaz, orgText) : undefined;
  return { person, status, days, span, ...(org ? { org } : {}) };
}

/** Column names of an attendance table's header row: never a person. */
const HEADER_CELL =
  /^(?:Navn|Namn|Organisasjon|Virksomhet|Verksemd|Rolle|Funksjon|Representerer|Representant|Stilling|Tittel)$/iu;
const cellsOf = (t: string) =>
  t
    .replace(/^\s*\||\|\s*$/g, '')
    .split(/\s*(?:\||\t)\s*/)
    .map((c) => c.trim());

/**
 * Pattern: attendance as a table ("Navn | Organisasjon | Rolle", cells split by "|" or tabs). The
 * header row names the columns and is no person; a row whose name cell is no person's name is
 * left out rather than guessed.
 */
function tableRows(
  gaz: Gazetteer,
  content: SourceLine[],
  status: Status,
  sectionOrg?: string,
): ParsedAttendance[] | undefined {
  const rows = content.filter((l) => /\||\t/.test(l.text));
  if (rows.length * 2 < content.length || !rows.length) return undefined;
  let nameCol = 0;
  let orgCol = 1;
  let roleCol: number | undefined;
  const out: ParsedAttendance[] = [];
  for (const l of rows) {
    const cells = cellsOf(l.text);
    if (cells.every((c) => !c || HEADER_CELL.test(c))) {
      const find = (re: RegExp) => cells.findIndex((c) => re.test(c));
      nameCol = Math.max(0, find(/^(?:Navn|Namn)$/i));
      const o = find(/^(?:Organisasjon|Virksomhet|Verksemd|Representerer)$/i);
      if (o >= 0) orgCol = o;
      const r = find(/^(?:Rolle|Funksjon|Stilling|Tittel)$/i);
      roleCol = r >= 0 ? r : undefined;
      continue;
    }
    const person = cells[nameCol] ?? '';
    if (!looksLikePersonName(person)) continue;
    const orgText = cells[orgCol] || sectionOrg;
    const org = orgText ? orgRef(gaz, orgText) : undefined;
    const role = roleCol !== undefined ? cells[roleCol] : undefined;
    const span = { lineStart: l.no, lineEnd: l.no, quote: l.text.trim() };
    out.push({ person, status, days: [], span, ...(org ? { org } : {}), ...(role ? { note: role } : {}) });
  }
  return out;
}

/**
 * Pattern: one running list, entries split by semicolons, names joined by "og" and broken
 * anywhere by the line ("Christine Bergland og Bjørn\nGuldvog, Helsedirektoratet; Stig …").
 */
function semicolonList(gaz: Gazetteer, content: SourceLine[], status: Status): ParsedAttendance[] | undefined {
  const text = joinWrapped(content.map((l) => l.text));
  if (!text.includes(';')) return undefined;
  const span = { lineStart: content[0]!.no, lineEnd: content[content.length - 1]!.no, quote: text };
  const out: ParsedAttendance[] = [];
  for (const entry of text.split(/\s*;\s*/)) {
    const comma = entry.lastIndexOf(',');
    const names = (comma < 0 ? entry : entry.slice(0, comma)).split(/\s*,\s*|\s+og\s+/);
    const org = comma < 0 ? undefined : orgRef(gaz, entry.slice(comma + 1));
    for (const n of names.map((x) => x.trim()))
      if (looksLikePersonName(n)) out.push({ person: n, status, days: [], span, ...(org ? { org } : {}) });
  }
  return out;
}
