import { describe, expect, it } from 'vitest';
import { lineLocator, passagesOfBody } from './bodyDependencies.js';
import { readDependencies, readSentence, type Passage } from './dependencies.js';
import { Gazetteer } from './gazetteer.js';
import { toLines } from './lines.js';

const gaz = Gazetteer.load();

/** "kind base->dependent" for directed, "kind a~b" (sorted) for undirected readings. */
function said(sentence: string, caseKey?: string): string[] {
  return readSentence(gaz, sentence, caseKey).map((r) => {
    const b = r.base ? `${r.base.label === 'Case' ? 'case:' : ''}${r.base.key}` : '?';
    const d = r.dependent ? `${r.dependent.label === 'Case' ? 'case:' : ''}${r.dependent.key}` : '?';
    return r.directed ? `${r.kind} ${b}->${d}` : `${r.kind} ${[b, d].sort().join('~')}`;
  });
}

describe('dependency cues: prerequisite', () => {
  it('reads "X er en forutsetning for Y" with X as the base', () => {
    expect(said('Kjernejournal er en forutsetning for pasientens legemiddelliste.')).toEqual([
      'prerequisite kjernejournal->pll',
    ]);
    expect(said('Felles kommunal journal er en viktig forutsetning for digital hjemmeoppfølging.')).toEqual([
      'prerequisite fkj->dho',
    ]);
    expect(said('Internasjonale standarder vil være et nødvendig grunnlag for EHDS.')).toEqual([
      'prerequisite internasjonale-standarder->ehds',
    ]);
  });

  it('reads "Y forutsetter X" and "Y er avhengig av X" with X as the base', () => {
    expect(said('Pasientens legemiddelliste forutsetter at kjernejournal er tatt i bruk.')).toEqual([
      'prerequisite kjernejournal->pll',
    ]);
    expect(said('Helseanalyseplattformen er helt avhengig av et avklart juridisk handlingsrom.')).toEqual([
      'prerequisite juridisk-handlingsrom->helseanalyseplattform',
    ]);
    expect(said('Gevinstene av velferdsteknologi avhenger av at Helsenorge videreutvikles.')).toEqual([
      'prerequisite helsenorge->velferdsteknologi',
    ]);
  });

  it('reads a cue that opens the clause: "Forutsetningen for Y er X"', () => {
    expect(
      said('Forutsetningen for kunstig intelligens i klinikken er tilgang til helsedata og sekundærbruk.'),
    ).toEqual(['prerequisite helsedata->kunstig-intelligens']);
  });

  it('reads "danner grunnlaget for" and "må være på plass før"', () => {
    expect(said('Legemiddel grunndata danner grunnlaget for pasientens legemiddelliste.')).toEqual([
      'prerequisite legemiddel-grunndata->pll',
    ]);
    expect(said('Internasjonale standarder må være på plass før eHDSI kan tas i bruk.')).toEqual([
      'prerequisite internasjonale-standarder->ehdsi',
    ]);
  });
});

describe('dependency cues: builds on, linked, conflicts', () => {
  it('reads builds-on with the foundation as the base', () => {
    expect(said('Nasjonal e-helsestrategi bygger på erfaringene fra nasjonal e-helsemonitor.')).toEqual([
      'builds-on e-helsemonitor->e-helsestrategi',
    ]);
    expect(said('Helseteknologiordningen er en videreføring av arbeidet med velferdsteknologi.')).toEqual([
      'builds-on velferdsteknologi->helseteknologiordning',
    ]);
    expect(said('Planen tar utgangspunkt i nasjonal e-helsestrategi.', 'X')).toEqual(['builds-on e-helsestrategi->?']);
  });

  it('reads undirected links in both shapes', () => {
    expect(said('Det vil være en kobling mellom ny nasjonal e-helsestrategi og planen på legemiddelområdet.')).toEqual([
      'linked e-helsestrategi~legemiddelomradet',
    ]);
    expect(said('Arbeidet med EHDS må sees i sammenheng med internasjonale standarder.')).toEqual([
      'linked ehds~internasjonale-standarder',
    ]);
    expect(said('Digital hjemmeoppfølging henger tett sammen med velferdsteknologi.')).toEqual([
      'linked dho~velferdsteknologi',
    ]);
  });

  it('reads delays and conflicts', () => {
    expect(said('Forsinkelser i Helseplattformen forsinker felles kommunal journal.')).toEqual([
      'conflicts helseplattformen->fkj',
    ]);
    expect(said('Kostnadsmodellen er i konflikt med innføring av nasjonale e-helseløsninger.')).toEqual([
      'conflicts innforing-nasjonale-losninger~kostnadsfordeling',
    ]);
  });

  it('points "saken" and "dette arbeidet" at the case', () => {
    expect(said('Saken må sees i sammenheng med forslag til ny nasjonal e-helsestrategi.', 'NUIT-28/22')).toEqual([
      'linked case:NUIT-28/22~e-helsestrategi',
    ]);
    expect(said('Dette arbeidet bygger på kjernejournal.', 'NUIT-28/22')).toEqual([
      'builds-on kjernejournal->case:NUIT-28/22',
    ]);
  });
});

describe('dependency cues: what is not a dependency', () => {
  it('ignores questions, sentences without a cue and cues with no topic on either side', () => {
    expect(said('Er kjernejournal en forutsetning for pasientens legemiddelliste?')).toEqual([]);
    expect(said('Det ble stilt spørsmål om kjernejournal er en forutsetning for PLL.')).toEqual([]);
    expect(said('KS mener kjernejournal og pasientens legemiddelliste er viktige satsinger.')).toEqual([]);
    expect(said('Dette er en forutsetning for god samhandling.')).toEqual([]);
    expect(said('Helsenorge er omtalt i saken.', 'X')).toEqual([]);
  });

  it('keeps topics of other clauses out', () => {
    expect(said('KI er nevnt i strategien, men kjernejournal er en forutsetning for PLL.')).toEqual([
      'prerequisite kjernejournal->pll',
    ]);
    expect(said('Kjernejournal er grunnlaget for PLL, mens Helsenorge er innbyggerens inngang.')).toEqual([
      'prerequisite kjernejournal->pll',
    ]);
  });

  it('gives a half reading when only one side names a topic', () => {
    expect(said('Legemiddel grunndata er en forutsetning for alle de andre tiltakene.')).toEqual([
      'prerequisite legemiddel-grunndata->?',
    ]);
  });
});

describe('who said it', () => {
  const passage = (...units: [string, string[], string[]?][]): Passage => ({
    span: { lineStart: 1, lineEnd: 1, quote: '' },
    units: units.map(([text, speakers, replyTo]) => ({
      text,
      speakers: speakers.map((id) => ({ id, name: id, known: true })),
      replyTo: (replyTo ?? []).map((id) => ({ id, name: id, known: true })),
    })),
  });
  const read = (...ps: Passage[]) =>
    readDependencies(gaz, ps, (span) => ({ lineStart: span.lineStart, lineEnd: span.lineEnd }));
  const ids = (o: { id: string }[]) => o.map((x) => x.id);

  it('tells a confirming speaker from the one who stated it', () => {
    const [dep, ...rest] = read(
      passage(
        ['Helse Vest RHF mener at kjernejournal er en forutsetning for PLL.', ['helse-vest']],
        [
          'Direktoratet for e-helse bekreftet at kjernejournal er en forutsetning for pasientens legemiddelliste.',
          ['ehelse'],
          ['helse-vest'],
        ],
      ),
    );
    expect(rest).toEqual([]);
    expect(ids(dep!.statedBy)).toEqual(['helse-vest']);
    expect(ids(dep!.confirmedBy)).toEqual(['ehelse']);
  });

  it('records a speaker who contests a dependency, and drops a denial with nothing to deny', () => {
    const [dep] = read(
      passage(
        ['KS mener at Helseplattformen forsinker felles kommunal journal.', ['ks']],
        ['Helse Midt RHF var uenig i at Helseplattformen forsinker felles kommunal journal.', ['helse-midt'], ['ks']],
      ),
    );
    expect(ids(dep!.statedBy)).toEqual(['ks']);
    expect(ids(dep!.contestedBy)).toEqual(['helse-midt']);
    expect(read(passage(['Kjernejournal er ikke en forutsetning for PLL.', []]))).toEqual([]);
  });

  it('names who a reply answers, and reads the speaker after an opening adverb', () => {
    const [dep] = read(
      passage(
        ['KS foreslo dette.', ['ks']],
        ['Direktoratet sa at det vil være en kobling mellom EHDS og IPS.', ['ehelse'], ['ks']],
      ),
    );
    expect(ids(dep!.statedBy)).toEqual(['ehelse']);
    expect(ids(dep!.inReplyTo)).toEqual(['ks']);
    const [adv] = read(passage(['Videre sa KS at velferdsteknologi bygger på Helsenorge.', []]));
    expect(ids(adv!.statedBy)).toEqual(['ks']);
  });
});

describe('lines of a dependency', () => {
  it('finds the lines of a sentence across wrapped, hyphenated lines and joins the evidence of one passage', () => {
    const text = [
      'Innledning uten betydning.',
      '• Legemiddel grunndata er en forutsetning for alle de andre tilta-',
      'kene. Det ble diskutert. Direktoratet for e-',
      'helse bekreftet at legemiddel grunndata er en forutsetning for PLL.',
    ].join('\n');
    const lines = toLines(text);
    const span = { lineStart: 2, lineEnd: 4, quote: '' };
    const locate = lineLocator(lines);
    expect(
      locate(span, 'Direktoratet for e-helse bekreftet at legemiddel grunndata er en forutsetning for PLL.'),
    ).toEqual({
      lineStart: 3,
      lineEnd: 4,
    });
    const passages = passagesOfBody({
      statements: [
        {
          text: 'Legemiddel grunndata er en forutsetning for alle de andre tiltakene. Det ble diskutert.',
          raisers: [],
          span,
          responses: [
            {
              text: 'Direktoratet for e-helse bekreftet at legemiddel grunndata er en forutsetning for PLL.',
              raisers: [{ id: 'ehelse', name: 'Direktoratet for e-helse', known: true }],
              responses: [],
              span,
            },
          ],
        },
      ],
      paragraphs: [],
    });
    const [dep] = readDependencies(gaz, passages, locate);
    expect(dep).toMatchObject({
      kind: 'prerequisite',
      base: { key: 'legemiddel-grunndata' },
      dependent: { key: 'pll' },
      directed: true,
      span: { lineStart: 2, lineEnd: 4 },
    });
    expect(dep!.span.quote).toContain('alle de andre tiltakene. … Direktoratet for e-helse bekreftet');
    expect(dep!.confirmedBy.map((o) => o.id)).toEqual(['ehelse']);
  });
});
