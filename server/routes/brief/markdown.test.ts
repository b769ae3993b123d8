import { describe, expect, it } from 'vitest';
import type { BriefT } from '../../../graph/api/index.js';
import { briefMarkdown } from './markdown.js';

const source = {
  document: 'Referat NUFA 31.08.2022',
  file: 'nufa.txt',
  kind: 'minutes',
  lineStart: 90,
  lineEnd: 92,
  quote: 'q',
};

const brief: BriefT = {
  meeting: {
    id: 'NUIT-2022-09-14',
    committee: 'NUIT',
    committeeName: 'NUIT',
    number: '4/2022',
    startDate: '2022-09-14',
    place: null,
  },
  cases: [
    {
      id: 'NUIT-37/22',
      number: '37/22',
      title: 'Plan for *digitalisering*',
      order: 6,
      proposedDecision: 'NUIT drøfter saken.',
      decision: null,
      topics: [{ key: 'legemiddelomradet', name: 'Legemiddelområdet' }],
      history: [
        {
          id: 'NUFA-24/22',
          committee: 'NUFA',
          number: '24/22',
          title: 'Legemiddel grunndata',
          date: '2022-08-31',
          kind: 'earlier-treatment',
          decision: 'NUFA drøftet saken.',
          source,
        },
      ],
      raised: [
        {
          statement: 'Statement:s1',
          actor: 'Organization:ks',
          actorName: 'KS',
          text: 'KS kommenterte <b>dette</b>.',
          stance: 'concern',
          stanceCue: 'bekymret',
          case: 'NUFA-24/22',
          date: '2022-08-31',
          source: { ...source, lineStart: 120, lineEnd: 120 },
        },
      ],
      earlierConcerns: [
        {
          statement: 'Statement:s2',
          actor: 'Organization:helse-vest',
          actorName: 'Helse Vest RHF',
          text: 'Helse Vest RHF er bekymret for kostnadene.',
          stance: 'concern',
          stanceCue: 'er bekymret for',
          case: 'NUFA-24/22',
          via: 'case',
          date: '2022-08-31',
          source: { ...source, lineStart: 130, lineEnd: 131 },
        },
        {
          statement: 'Statement:s3',
          actor: null,
          actorName: null,
          text: 'Det ble uttrykt uenighet om fremdriften.',
          stance: 'objection',
          stanceCue: 'uenighet',
          case: 'NUIT-28/22',
          via: 'topic',
          date: '2022-05-19',
          source: null,
        },
      ],
      openActionItems: [],
      related: [],
    },
  ],
};

describe('brief as Markdown', () => {
  it('names each earlier treatment and statement with its document and lines', () => {
    const md = briefMarkdown(brief);
    expect(md).toContain('# Forberedelse til NUIT 2022-09-14 (møte 4/2022)');
    expect(md).toContain(
      '- **NUFA 24/22** Legemiddel grunndata (2022-08-31): NUFA drøftet saken. _(Kilde: Referat NUFA 31.08.2022, linje 90–92)_',
    );
    expect(md).toContain('**KS** [bekymring: «bekymret»] (NUFA 24/22)');
    expect(md).toContain('_(Kilde: Referat NUFA 31.08.2022, linje 120)_');
  });

  it('lists earlier concerns and objections with who, when, stance, cue and source', () => {
    const md = briefMarkdown(brief);
    const section = md.slice(
      md.indexOf('### Tidligere bekymringer og innvendinger'),
      md.indexOf('### Hvem har tatt opp hva'),
    );
    expect(section).toContain(
      '- 2022-08-31 **Helse Vest RHF** [bekymring: «er bekymret for»] (NUFA 24/22): Helse Vest RHF er bekymret for kostnadene. _(Kilde: Referat NUFA 31.08.2022, linje 130–131)_',
    );
    expect(section).toContain(
      '- 2022-05-19 **Ikke navngitt** [innsigelse: «uenighet»] (NUIT 28/22, samme tema): Det ble uttrykt uenighet om fremdriften.',
    );
    // The KS statement is only in "raised": the section lists what the server found earlier, nothing more.
    expect(section).not.toContain('KS kommenterte');
    const none = briefMarkdown({ ...brief, cases: [{ ...brief.cases[0]!, earlierConcerns: [] }] });
    expect(none).not.toContain('Tidligere bekymringer');
  });

  it('shows document text as written, never as Markdown or HTML', () => {
    const md = briefMarkdown(brief);
    expect(md).toContain('## Sak 37/22 Plan for \\*digitalisering\\*');
    expect(md).toContain('KS kommenterte \\<b\\>dette\\</b\\>.');
  });
});
