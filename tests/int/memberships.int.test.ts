import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../helpers/download.js';
import { generateArchive } from '../../bench/generateArchive.js';
import type { CommitteeMembersT, PersonMembershipsT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { collectInputs, ingestFiles } from '../../seed/ingest.js';
import { removeDocumentsByIds } from '../../seed/removeDocuments.js';
import { personId } from '../../seed/write/records.js';
import { ftmId } from '../../server/routes/exports/ftm.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

/** Tuva Strandholm sits for Direktoratet for e-helse in 2024 and chairs for Helsedirektoratet in 2025. */
const NUIT_2024 = `Referat fra møte i NUIT
Møte 1/2024
Dato: 12.03.2024
Sted: Oslo
Til stede: Tuva Strandholm (Direktoratet for e-helse), Herlof Nilssen (Helse Vest RHF)
Forfall: Berit Ålvik (Helse Nord RHF)

Sak 01/24 Godkjenning av innkalling
Vedtak: Innkalling godkjent.
`;
const NUIT_2025 = `Referat fra møte i NUIT
Møte 1/2025
Dato: 11.03.2025
Sted: Oslo
Til stede: Tuva I. Strandholm (Helsedirektoratet, leder), Herlof Nilssen (Helse Vest RHF)
Sekretariat: Åse Brekkhus (Helsedirektoratet)

Sak 01/25 Godkjenning av innkalling
Vedtak: Innkalling godkjent.
`;

let ex: Executor;
let app: Express;
let dir: string;
/** The generated minutes of Nasjonalt e-helseråd, oldest first: their date and the names their lists give. */
let raadMinutes: { file: string; date: string; listed: string[]; secretary: string }[];

const namesIn = (line: string | undefined) =>
  [...(line ?? '').replace(/^[^:]*:/, '').matchAll(/(\p{Lu}[^(),]*?)\s*\(/gu)].map((m) => m[1]!.trim());

beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-memberships-'));
  // Six years of four bodies, one meeting a year each: seats change hands after two to four years.
  for (const f of generateArchive({ n: 48, seed: 5, startYear: 2013, years: 6 })) {
    const target = path.join(dir, f.relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  await writeFile(path.join(dir, 'nuit-2024-referat.txt'), NUIT_2024);
  await writeFile(path.join(dir, 'nuit-2025-referat.txt'), NUIT_2025);
  const files = await collectInputs([dir]);
  raadMinutes = [];
  for (const f of files.filter((x) => /-ehelserad-referat\.txt$/.test(x.relPath))) {
    const text = await readFile(f.path, 'utf8');
    const lines = text.split('\n');
    const [d, m, y] = /^Dato: (\d+)\.(\d+)\.(\d+)/m.exec(text)!.slice(1).map(Number) as [number, number, number];
    raadMinutes.push({
      file: f.path,
      date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      listed: [
        ...namesIn(lines.find((l) => l.startsWith('Til stede:'))),
        ...namesIn(lines.find((l) => l.startsWith('Forfall:'))),
      ],
      secretary: namesIn(lines.find((l) => l.startsWith('Sekretariat:')))[0]!,
    });
  }
  raadMinutes.sort((a, b) => a.date.localeCompare(b.date));
  await ingestFiles(ex, files);
  app = testApp(ex);
}, 600_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const membersAt = async (at: string, committee = 'EHELSERAD') =>
  (await request(app).get(`/api/committees/${committee}/members`).query({ at }).expect(200)).body as CommitteeMembersT;
const ids = (names: string[]) => names.map((n) => `Person:${personId(n)}`).sort();

describe("who's-who at a date, on a generated archive where members are replaced", () => {
  it('lists at an early and a late date the people the minutes of that time name, and they differ', async () => {
    expect(raadMinutes.length).toBeGreaterThanOrEqual(5);
    const early = raadMinutes[0]!;
    const late = raadMinutes[raadMinutes.length - 1]!;
    // A day after the meeting: the committee is read at its last meeting on or before the date.
    const dayAfter = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
    const a = await membersAt(dayAfter(early.date));
    const b = await membersAt(dayAfter(late.date));
    expect(a.asOf).toEqual({ id: `Meeting:EHELSERAD-${early.date}`, date: early.date });
    expect(b.asOf?.date).toBe(late.date);
    const seated = (x: CommitteeMembersT) =>
      x.members
        .filter((m) => m.role === 'member')
        .map((m) => m.person.id)
        .sort();
    expect(seated(a)).toEqual(ids(early.listed));
    expect(seated(b)).toEqual(ids(late.listed));
    expect(seated(a).filter((p) => !seated(b).includes(p)).length).toBeGreaterThan(0);
    expect(seated(b).filter((p) => !seated(a).includes(p)).length).toBeGreaterThan(0);
    expect(a.members.find((m) => m.role === 'secretariat')?.person.id).toBe(ids([early.secretary])[0]);
    // Each stint spans the meeting it is read at, and has an organisation from the list.
    for (const m of a.members) {
      expect(m.from <= early.date && early.date <= m.to).toBe(true);
      expect(m.organization).not.toBeNull();
    }
  });

  it('lists nobody before the first meeting, and names a bad date as the field at fault', async () => {
    const before = await membersAt('2000-01-01');
    expect(before).toMatchObject({ asOf: null, members: [] });
    const bad = await request(app).get('/api/committees/EHELSERAD/members').query({ at: '1.1.2020' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.body.errors)).toMatch(/"field":"at"/);
    await request(app).get('/api/committees/NOPE/members').expect(404);
  });

  it('a replaced member has a period ending before the successor starts', async () => {
    const all = (await request(app).get('/api/committees/EHELSERAD/members').expect(200)).body as CommitteeMembersT;
    const firstSeated = new Set(ids(raadMinutes[0]!.listed));
    const gone = all.members.filter((m) => firstSeated.has(m.person.id) && m.to < raadMinutes.at(-3)!.date);
    expect(gone.length).toBeGreaterThan(0);
    for (const m of gone) expect(m.meetings).toBeGreaterThanOrEqual(m.attended);
  });
});

describe('a person who moved organisation', () => {
  const tuva = async () =>
    (await request(app).get('/api/persons/tuva-strandholm/memberships').expect(200)).body as PersonMembershipsT;

  it('keeps both organisations, each with its period, and the role of each stint', async () => {
    const p = await tuva();
    expect(p.memberships.map((m) => [m.role, m.organization?.name, m.from, m.to])).toEqual([
      ['member', 'Direktoratet for e-helse', '2024-03-12', '2024-03-12'],
      ['chair', 'Helsedirektoratet', '2025-03-11', '2025-03-11'],
    ]);
    expect(p.organizations.map((o) => [o.organization.name, o.from, o.to])).toEqual([
      ['Direktoratet for e-helse', '2024-03-12', '2024-03-12'],
      ['Helsedirektoratet', '2025-03-11', '2025-03-11'],
    ]);
    const in2025 = await membersAt('2025-06-01', 'NUIT');
    expect(in2025.members.map((m) => [m.person.id, m.role, m.organization?.name])).toEqual([
      ['Person:tuva-strandholm', 'chair', 'Helsedirektoratet'],
      ['Person:herlof-nilssen', 'member', 'Helse Vest RHF'],
      ['Person:ase-brekkhus', 'secretariat', 'Helsedirektoratet'],
    ]);
  });

  it('is exported to FollowTheMoney as one Membership per stint, with its role and real period', async () => {
    const { res, body } = await download(app, '/api/exports/graph?format=ftm');
    expect(res.status).toBe(200);
    const entities = body
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> });
    const seats = entities
      .filter(
        (e) =>
          e.schema === 'Membership' &&
          e.properties.member?.[0] === ftmId('Person:tuva-strandholm') &&
          e.properties.organization?.[0] === ftmId('Committee:NUIT'),
      )
      .map((e) => [
        e.properties.role?.[0],
        e.properties.startDate?.[0],
        e.properties.endDate?.[0],
        e.properties.summary?.[0],
      ])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(seats).toEqual([
      ['medlem', '2024-03-12', '2024-03-12', expect.stringMatching(/^For Direktoratet for e-helse\./)],
      ['leder', '2025-03-11', '2025-03-11', expect.stringMatching(/^For Helsedirektoratet\./)],
    ]);
  });

  it('loses the later period when its document is removed, and gets it back when loaded again', async () => {
    const [doc] = await ex.read("MATCH (d:Document) WHERE d.file ENDS WITH 'nuit-2025-referat.txt' RETURN d.id AS id");
    await removeDocumentsByIds(ex, [String(doc!.id)]);
    const p = await tuva();
    expect(p.memberships.map((m) => m.organization?.name)).toEqual(['Direktoratet for e-helse']);
    expect(p.organizations.map((o) => o.organization.name)).toEqual(['Direktoratet for e-helse']);
    expect((await membersAt('2025-06-01', 'NUIT')).asOf?.date).toBe('2024-03-12');
    await ingestFiles(ex, await collectInputs([dir]));
    expect((await tuva()).memberships.map((m) => m.organization?.name)).toEqual([
      'Direktoratet for e-helse',
      'Helsedirektoratet',
    ]);
  });
});

describe('re-ingest', () => {
  it('keeps the same memberships when every minutes file of the council is read again', async () => {
    const before = (await request(app).get('/api/committees/EHELSERAD/members').expect(200)).body as CommitteeMembersT;
    // A changed file is replaced: its old contributions removed, the new ones written.
    for (const m of raadMinutes) await writeFile(m.file, `${await readFile(m.file, 'utf8')}\n`);
    const results = await ingestFiles(ex, await collectInputs([dir]));
    expect(results.filter((r) => r.status === 'replaced').length).toBe(raadMinutes.length);
    const after = (await request(app).get('/api/committees/EHELSERAD/members').expect(200)).body as CommitteeMembersT;
    expect(after.members.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });
});
