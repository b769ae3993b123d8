import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { closeGraph, resetGraph, testExecutor } from '../helpers/graph.js';
import { loadCorpus } from '../helpers/ingest.js';

/*
 * Hand-checked expectations for the bundled corpus: read from the two documents in seed/corpus
 * line by line, not from the parser's output.
 */
let ex: Executor;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  const results = await loadCorpus(ex);
  expect(results.map((r) => r.status)).toEqual(['loaded', 'loaded']);
});
afterAll(() => closeGraph(ex));

const agenda = (meetingId: string) =>
  ex.read(
    `MATCH (c:Case)-[t:TREATED_AT]->(m:Meeting {id: $meetingId})
     RETURN c.number AS number, c.title AS title, t.type AS type ORDER BY t.order`,
    { meetingId },
  );

describe('meetings', () => {
  it('reads committee, number, dates and place of each meeting', async () => {
    const rows = await ex.read(
      'MATCH (m:Meeting)-[:OF]->(c:Committee) RETURN m {.*} AS m, c.key AS committee ORDER BY m.startDate',
    );
    expect(rows.map((r) => ({ ...(r.m as object), committee: r.committee }))).toEqual([
      expect.objectContaining({
        id: 'NUIT-2022-05-19',
        committee: 'NUIT',
        number: '3/2022',
        startDate: '2022-05-19',
        endDate: '2022-05-19',
        place: 'Direktoratet for e-helse, Verkstedveien 1, Oslo. Møterom 4117',
      }),
      expect.objectContaining({
        id: 'NUFA-2022-08-31',
        committee: 'NUFA',
        startDate: '2022-08-31',
        endDate: '2022-09-01',
        place: 'Radisson Blu, Gardermoen',
      }),
      expect.objectContaining({
        id: 'NUIT-2022-09-14',
        committee: 'NUIT',
        number: '4/2022',
        startDate: '2022-09-14',
        place: 'Videomøte',
      }),
    ]);
  });
});

describe('cases of every meeting', () => {
  it('NUFA 31 August – 1 September 2022', async () => {
    expect(await agenda('NUFA-2022-08-31')).toEqual([
      {
        number: '23/22',
        title: 'Godkjenning av innkalling og dagsorden, samt godkjenning av referatet fra NUFA 27. – 28. april 2022',
        type: 'Godkjenning',
      },
      { number: '24/22', title: 'Legemiddel grunndata – behov og omfang', type: 'Drøfting' },
      { number: '25/22', title: 'Samarbeidsmodell for internasjonale standarder', type: 'Drøfting' },
      { number: '26/22', title: 'Kunstig intelligens', type: 'Drøfting' },
      { number: '27/22', title: 'Forordningsforslag om et europeisk helsedataområde', type: 'Drøfting' },
      { number: '28/22', title: 'Persontilpasset medisin', type: 'Drøfting' },
      { number: '29/22', title: 'Ny nasjonal e-helsestrategi, målindikatorer', type: 'Drøfting' },
      { number: '30/22', title: 'Fagdag om digital hjemmeoppfølging', type: 'Drøfting' },
      { number: '31/22', title: 'Eventuelt', type: null },
      // The minutes' body numbers "Eventuelt" 32/22 although the agenda says 31/22; both are kept.
      { number: '32/22', title: 'Eventuelt', type: null },
    ]);
  });

  it('NUIT 19 May 2022 (minutes)', async () => {
    const rows = await agenda('NUIT-2022-05-19');
    expect(rows.map((r) => r.number)).toEqual([
      '16/22',
      '17/22',
      '18/22',
      '19/22',
      '20/22',
      '21/22',
      '22/22',
      '23/22',
      '24/22',
      '25/22',
      '26/22',
      '27/22',
      '28/22',
      '29/22',
      '30/22',
      '31/22',
    ]);
    expect(rows.find((r) => r.number === '22/22')).toEqual({
      number: '22/22',
      title: 'Kostnadsfordeling av drift og forvaltning for de nasjonale e-helseløsningene',
      type: 'Drøfting',
    });
    expect(rows.find((r) => r.number === '24/22')?.type).toBe('Anbefaling');
    expect(rows.find((r) => r.number === '30/22')?.type).toBe('Utsatt');
    expect(rows.find((r) => r.number === '27/22')?.title).toBe(
      'Orientering om arbeidet med Felles kommunal journal (FKJ)',
    );
  });

  it('NUIT 14 September 2022 (agenda) in agenda order', async () => {
    expect(await agenda('NUIT-2022-09-14')).toEqual([
      { number: '32/22', title: 'Godkjenning av innkalling og dagsorden', type: 'Godkjenning' },
      { number: '33/22', title: 'Godkjenning av referatet fra NUIT 19. mai 2022', type: 'Godkjenning' },
      { number: '34/22', title: 'Orientering fra Direktoratet for e-helse', type: 'Orientering' },
      { number: '35/22', title: 'Nasjonal e-helseportefølje – status, Veikart og tiltak 2023', type: 'Drøfting' },
      { number: '36/22', title: 'Utredning av en helseteknologiordning', type: 'Drøfting' },
      { number: '37/22', title: 'Plan for digitalisering på legemiddelområdet', type: 'Drøfting' },
      { number: '30/22', title: 'Samarbeidsmodell for internasjonale standarder', type: 'Anbefaling' },
      { number: '38/22', title: 'Forordningsforslag om et europeisk helsedataområde', type: 'Drøfting' },
      { number: '39/22', title: 'Juridisk arbeid i digitaliseringsprosjekter', type: 'Drøfting' },
      { number: '40/22', title: 'Eventuelt', type: null },
    ]);
  });
});

describe('decisions', () => {
  it('keeps decisions from minutes and proposed decisions from agendas', async () => {
    const rows = await ex.read(
      "MATCH (c:Case) WHERE c.id IN ['NUFA-24/22', 'NUIT-22/22', 'NUIT-38/22', 'NUIT-24/22'] RETURN c.id AS id, c.decision AS decision, c.proposedDecision AS proposed ORDER BY id",
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['NUFA-24/22']!.decision).toBe(
      'NUFA drøftet saken og ba Direktoratet for e-helse ta med innspill gitt i møtet i det videre arbeidet med legemiddel grunndata.',
    );
    expect(byId['NUIT-22/22']!.decision).toBe(
      'NUIT drøfter fremlagte forslag til fordeling av vekst i kostnader til forvaltning og drift for de nasjonale e-helseløsningene for 2023. NUITs innspill vil bli innarbeidet i forslag som skal drøftes i Nasjonalt e-helsestyre.',
    );
    expect(byId['NUIT-24/22']!.decision).toMatch(
      /^1\. NUIT anbefaler forslag til plan for videre utvikling av Nasjonal e-helsemonitor\. 2\. NUIT anbefaler forbedringsprosess .* NUIT ber Direktoratet for e-helse ta med seg innspill gitt i møtet i det videre arbeidet\.$/,
    );
    expect(byId['NUIT-38/22']!.decision).toBeNull();
    expect(byId['NUIT-38/22']!.proposed).toBe(
      'NUIT drøftet saken og ber Direktoratet for e-helse ta med innspill fra møtet med i det videre arbeidet med å vurdere konsekvenser og muligheter av EHDS forordningsforslaget.',
    );
  });
});

describe('statements', () => {
  const raisersOn = (caseId: string) =>
    ex.read(
      `MATCH (s:Statement {kind: 'input'})-[:ON]->(:Case {id: $caseId})
       OPTIONAL MATCH (o:Organization)-[:RAISED]->(s)
       RETURN s.text AS text, collect(o.name) AS raisers ORDER BY text`,
      { caseId },
    );

  it('NUIT 19/22 has input from Legeforeningen, Helse Midt, FHI, KS and Norsk helsenett', async () => {
    const rows = await raisersOn('NUIT-19/22');
    const raisers = new Set(rows.flatMap((r) => r.raisers as string[]));
    for (const org of [
      'Den norske legeforening',
      'Helse Midt-Norge RHF',
      'Folkehelseinstituttet',
      'KS',
      'Norsk helsenett SF',
    ]) {
      expect(raisers).toContain(org);
    }
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => (r.text as string).startsWith('Representant fra kommunene mener'))?.raisers).toEqual([
      'Kommunerepresentantene',
    ]);
  });

  it('keeps anonymous bullets anonymous', async () => {
    const rows = await raisersOn('NUFA-25/22');
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => (r.raisers as string[]).length === 0)).toBe(true);
  });

  it('links responses to the input they answer, raised by the responding organisation', async () => {
    const rows = await ex.read(
      `MATCH (o:Organization)-[:RAISED]->(r:Statement {kind: 'response'})-[:RESPONDS_TO]->(s:Statement)-[:ON]->(:Case {id: 'NUIT-20/22'})
       MATCH (k:Organization)-[:RAISED]->(s)
       RETURN o.name AS responder, k.name AS asker, r.text AS response`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        responder: 'Helsedirektoratet',
        asker: 'KS',
        response: expect.stringMatching(/^Helsedirektoratet svarte at oppfølging av apper/),
      }),
    ]);
  });

  it('gives Apotekforeningen two statements on NUIT 22/22', async () => {
    const rows = await ex.read(
      "MATCH (:Organization {id: 'apotekforeningen'})-[:RAISED]->(s:Statement)-[:ON]->(:Case {id: 'NUIT-22/22'}) RETURN count(s) AS n",
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('attributes an actor paragraph outside a list (NUIT 18/22)', async () => {
    const rows = await raisersOn('NUIT-18/22');
    expect(rows.map((r) => r.raisers)).toContainEqual(['Apotekforeningen']);
  });

  it('traces every statement to its source lines', async () => {
    const rows = await ex.read(
      `MATCH (d:Document)-[s:SOURCE_OF]->(st:Statement)
       WHERE st.text STARTS WITH 'KS kommenterte at de har vært invitert'
       RETURN d.file AS file, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ file: 'nufa-referat-2022-08-31.txt', lineStart: 139, lineEnd: 146 }),
    ]);
    expect(rows[0]!.quote).toMatch(
      /^KS kommenterte at de har vært invitert inn i arbeidet med behov for legemiddel grunndata\./,
    );
  });
});

describe('action items', () => {
  it('reads action items with the responsible organisation', async () => {
    const rows = await ex.read(
      `MATCH (a:ActionItem)-[:FROM]->(c:Case) OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(o:Organization)
       RETURN c.id AS caseId, a.text AS text, o.name AS responsible ORDER BY caseId, text`,
    );
    expect(rows).toEqual([
      {
        caseId: 'NUIT-18/22',
        text: 'Ny sak i NUIT om forordningen om et Europeisk fellesområde for helsedata til høsten.',
        responsible: 'Direktoratet for e-helse',
      },
      {
        caseId: 'NUIT-21/22',
        text: 'Dialogmøter med KS og kommunene om veikartet og koblingen opp mot deres planer.',
        responsible: 'Direktoratet for e-helse',
      },
      {
        caseId: 'NUIT-22/22',
        text: 'Aktørenes faktiske kostnader synliggjøres i saksunderlaget til Nasjonalt e-helsestyre etter ønske fra Apotekene.',
        responsible: 'Direktoratet for e-helse',
      },
      {
        caseId: 'NUIT-22/22',
        text: 'Møte med KS og Direktoratet for e-helse for å drøfte grunnlaget for foreslått skjevfordeling av drift- og forvaltningskostnader i 2023.',
        responsible: 'Direktoratet for e-helse',
      },
    ]);
  });
});

describe('links between cases', () => {
  const links = () =>
    ex.read('MATCH (a:Case)-[l:LINKED]->(b:Case) RETURN a.id AS from, b.id AS to, l.kind AS kind ORDER BY from, to');

  it('legemiddel grunndata: NUFA 24/22 → NUIT 37/22, and NUIT 28/22 → NUIT 37/22', async () => {
    const all = await links();
    expect(all).toContainEqual({ from: 'NUFA-24/22', to: 'NUIT-37/22', kind: 'earlier-treatment' });
    expect(all).toContainEqual({ from: 'NUIT-28/22', to: 'NUIT-37/22', kind: 'earlier-treatment' });
  });

  it('EHDS: NUIT 18/22 action item → NUIT 38/22, NUFA 27/22 → NUIT 38/22', async () => {
    expect(await links()).toContainEqual({ from: 'NUFA-27/22', to: 'NUIT-38/22', kind: 'earlier-treatment' });
    const follow = await ex.read(
      'MATCH (c:Case)<-[:FROM]-(a:ActionItem)-[:FOLLOWED_UP_BY]->(d:Case) RETURN c.id AS from, d.id AS to',
    );
    expect(follow).toEqual([{ from: 'NUIT-18/22', to: 'NUIT-38/22' }]);
  });

  it('standards: NUFA 36/21, 16/22 and 25/22 → NUIT 30/22, postponed from 19 May', async () => {
    const all = await links();
    const into = all
      .filter((l) => l.to === 'NUIT-30/22')
      .map((l) => l.from)
      .sort();
    expect(into).toEqual(['NUFA-16/22', 'NUFA-25/22', 'NUFA-36/21']);
    const stubs = await ex.read(
      "MATCH (c:Case) WHERE c.id IN ['NUFA-36/21', 'NUFA-16/22'] RETURN c.id AS id, c.stub AS stub, c.title AS title ORDER BY id",
    );
    expect(stubs).toEqual([
      {
        id: 'NUFA-16/22',
        stub: true,
        title: 'Samarbeidsmodell for bruk av internasjonale standarder i helse- og omsorgssektoren',
      },
      { id: 'NUFA-36/21', stub: true, title: 'Roller og ansvar internasjonale standarder' },
    ]);
    const treated = await ex.read(
      "MATCH (:Case {id: 'NUIT-30/22'})-[t:TREATED_AT]->(m:Meeting) RETURN m.startDate AS date, t.type AS type ORDER BY date",
    );
    expect(treated.map((t) => [t.date, t.type])).toContainEqual(['2022-05-19', 'Utsatt']);
    expect(treated.map((t) => t.date)).toContain('2022-09-14');
  });

  it('reconciles the NUIT note citing "NUFA 26/22" with a warning instead of a wrong link', async () => {
    expect((await links()).some((l) => l.from === 'NUFA-26/22')).toBe(false);
    const warned = await ex.read(
      "MATCH (ci:Citation {number: '26/22', committee: 'NUFA'}) RETURN ci.warning AS warning",
    );
    expect(warned[0]!.warning).toMatch(/NUFA 26\/22 is "Kunstig intelligens"; linked to NUFA-25\/22/);
  });

  it('links the joint discussion of NUIT 25/22 and 26/22 once', async () => {
    expect((await links()).filter((l) => l.kind === 'joint-discussion')).toEqual([
      { from: 'NUIT-25/22', to: 'NUIT-26/22', kind: 'joint-discussion' },
    ]);
  });

  it('records planned treatments in other committees, with dates when given', async () => {
    const rows = await ex.read(
      "MATCH (c:Case {id: 'NUIT-36/22'})-[p:PLANNED]->(k:Committee) RETURN k.key AS committee, p.date AS date ORDER BY committee",
    );
    expect(rows).toEqual([
      { committee: 'EHELSERAD', date: null },
      { committee: 'NUFA', date: null },
      { committee: 'NUIT', date: '2022-11-17' },
    ]);
  });
});

describe('people and attendance', () => {
  it('reads substitutes, day-specific attendance and the secretariat', async () => {
    const rows = await ex.read(
      `MATCH (p:Person {id: 'karl-vestli'})-[a:ATTENDED]->(:Meeting {id: 'NUFA-2022-08-31'})
       RETURN a.status AS status, a.days AS days ORDER BY status`,
    );
    expect(rows).toEqual([
      { status: 'absent', days: [2] },
      { status: 'present', days: [1] },
    ]);
    const sub = await ex.read(
      "MATCH (p:Person {id: 'lucie-aunan'})-[a:ATTENDED {status: 'substitute'}]->(:Meeting {id: 'NUFA-2022-08-31'}) RETURN a.substituteFor AS for, a.days AS days",
    );
    expect(sub).toEqual([{ for: 'karl-vestli', days: [2] }]);
  });

  it('de-duplicates people across documents', async () => {
    const rows = await ex.read(
      "MATCH (p:Person {id: 'per-olav-skjesol'})-[:ATTENDED]->(m:Meeting) RETURN count(DISTINCT p) AS people, collect(DISTINCT m.committee) AS committees",
    );
    expect(rows[0]!.people).toBe(1);
    expect((rows[0]!.committees as string[]).sort()).toEqual(['NUFA', 'NUIT']);
  });
});
