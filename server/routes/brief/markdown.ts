import type { BriefT } from '../../../graph/api/index.js';

type Source = { document: string; lineStart: number; lineEnd: number } | null | undefined;

const lines = (s: NonNullable<Source>) =>
  s.lineStart === s.lineEnd ? `linje ${s.lineStart}` : `linje ${s.lineStart}–${s.lineEnd}`;
const cite = (s: Source) => (s ? ` _(Kilde: ${s.document}, ${lines(s)})_` : '');
/** Text from documents may hold Markdown syntax; it is shown as written, not interpreted. */
const esc = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
const caseName = (id: string) => id.replace(/^Case:/, '').replace('-', ' ');
/** Stance names as the handout prints them (bokmål, as the rest of it). */
const STANCE_NB: Record<BriefT['cases'][number]['raised'][number]['stance'], string> = {
  concern: 'bekymring',
  objection: 'innsigelse',
  request: 'ønske',
  question: 'spørsmål',
  support: 'støtte',
  information: 'informasjon',
};
const stanceTag = (r: { stance: keyof typeof STANCE_NB; stanceCue: string }) =>
  `[${STANCE_NB[r.stance]}${r.stanceCue ? `: «${esc(r.stanceCue)}»` : ''}]`;

/** The meeting brief as a Markdown handout (Norwegian, as the committees write). */
export function briefMarkdown(b: BriefT): string {
  const m = b.meeting;
  const out: string[] = [
    `# Forberedelse til ${esc(m.committeeName)} ${m.startDate}${m.number ? ` (møte ${esc(m.number)})` : ''}`,
    '',
  ];
  if (m.place) out.push(`Sted: ${esc(m.place)}`, '');
  for (const c of b.cases) {
    out.push(`## Sak ${esc(c.number)} ${esc(c.title)}`, '');
    if (c.topics.length) out.push(`Tema: ${c.topics.map((t) => esc(t.name)).join(', ')}`, '');
    if (c.proposedDecision) out.push(`**Forslag til vedtak:** ${esc(c.proposedDecision)}`, '');
    if (c.decision) out.push(`**Vedtak:** ${esc(c.decision)}`, '');
    out.push('### Tidligere behandlinger', '');
    if (!c.history.length) out.push('Ingen kjente tidligere behandlinger.', '');
    for (const h of c.history) {
      out.push(
        `- **${esc(h.committee)} ${esc(h.number)}** ${esc(h.title)}${h.date ? ` (${h.date})` : ''}` +
          (h.decision ? `: ${esc(h.decision)}` : '') +
          cite(h.source),
      );
    }
    if (c.history.length) out.push('');
    // What a member needs before the meeting: who has warned or disagreed on this before.
    if (c.earlierConcerns.length) {
      out.push('### Tidligere bekymringer og innvendinger', '');
      for (const r of c.earlierConcerns)
        out.push(
          `- ${r.date ?? ''} **${esc(r.actorName ?? 'Ikke navngitt')}** ${stanceTag(r)}${r.case ? ` (${esc(caseName(r.case))}${r.via === 'topic' ? ', samme tema' : ''})` : ''}: ${esc(r.text)}${cite(r.source)}`,
        );
      out.push('');
    }
    out.push('### Hvem har tatt opp hva', '');
    if (!c.raised.length) out.push('Ingen innspill registrert.', '');
    for (const r of c.raised) {
      out.push(
        `- ${r.date ?? ''} **${esc(r.actorName ?? 'Ikke navngitt')}** ${stanceTag(r)}${r.case ? ` (${esc(caseName(r.case))})` : ''}: ${esc(r.text)}${cite(r.source)}`,
      );
    }
    if (c.raised.length) out.push('');
    if (c.openActionItems.length) {
      out.push('### Åpne aksjonspunkter', '');
      for (const a of c.openActionItems) {
        out.push(
          `- ${esc(a.text)} (${esc(caseName(a.case))}${a.responsible ? `, ansvar: ${esc(a.responsible)}` : ''})${cite(a.source)}`,
        );
      }
      out.push('');
    }
    if (c.related.length) {
      out.push('### Beslektede saker i andre utvalg', '');
      for (const r of c.related) {
        out.push(
          `- ${esc(r.committee)} ${esc(r.number)} ${esc(r.title)}${r.date ? ` (${r.date})` : ''}, tema ${esc(r.topic)}`,
        );
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
