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
    expect(md).toContain('### Tidligere bekymringer og innsigelser');
    expect(md).toContain('_(Kilde: Referat NUFA 31.08.2022, linje 120)_');
  });

  it('shows document text as written, never as Markdown or HTML', () => {
    const md = briefMarkdown(brief);
    expect(md).toContain('## Sak 37/22 Plan for \\*digitalisering\\*');
    expect(md).toContain('KS kommenterte \\<b\\>dette\\</b\\>.');
  });
});
