import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../parse/gazetteer.js';
import { parseText } from '../parse/parseFile.js';
import { personId, toRecords } from './records.js';

const gaz = Gazetteer.load();

describe('records', { timeout: 20_000 }, () => {
  it('gives "Karl S. Vestli" and "Karl Vestli" one key', () => {
    expect([personId('Karl S. Vestli'), personId('Karl Vestli'), personId('Wenche P. Dehli')]).toEqual([
      'karl-vestli',
      'karl-vestli',
      'wenche-dehli',
    ]);
  });

  it('keeps every spelling as an alias, dates REPRESENTS and gives topics their role', () => {
    const text =
      'Referat\nMøte i NUIT\nDato 18.09.2019\nTil stede: Karl S. Vestli (Direktoratet for e-helse)\n\nSak 31/19 Digital hjemmeoppfølging\nKarl Vestli, Direktoratet for e-helse, orienterte om status. Kort om Helseplattformen.\nVedtak: Tatt til orientering.';
    const r = toRecords(gaz, parseText(gaz, text), 'x.txt', 'a'.repeat(64));
    const aliases = r.nodes.filter((n) => n.label === 'Person').flatMap((n) => n.props.aliases as string[]);
    expect(new Set(aliases)).toEqual(new Set(['Karl S. Vestli', 'Karl Vestli']));
    expect(r.rels.filter((x) => x.type === 'REPRESENTS').map((x) => x.props.date)).toContain('2019-09-18');
    expect(
      r.rels
        .filter((x) => x.type === 'ABOUT' && x.from.label === 'Case')
        .map((x) => `${x.to.key}:${String(x.props.role)}`),
    ).toEqual(['dho:main', 'helseplattformen:mention']);
  });

  it('gives each attendance its role and the organisation the list names at that meeting', () => {
    const text =
      'Referat\nMøte i NUIT\nDato 18.09.2019\nTil stede: Liv Vik (Helsedirektoratet, leder), Ola Berg (KS)\nForfall: Kari Nilsen (Helse Vest RHF)\nSekretariat: Åse Brekkhus (Direktoratet for e-helse)\n\nSak 31/19 Godkjenning\nVedtak: Godkjent.';
    const r = toRecords(gaz, parseText(gaz, text), 'y.txt', 'c'.repeat(64));
    const attended = r.rels
      .filter((x) => x.type === 'ATTENDED')
      .map((x) => `${x.from.key}:${String(x.props.status)}:${String(x.props.role)}:${String(x.props.org)}`)
      .sort();
    expect(attended).toEqual([
      'ase-brekkhus:secretariat:secretariat:ehelse',
      'kari-nilsen:absent:member:helse-vest',
      'liv-vik:present:chair:helsedirektoratet',
      'ola-berg:present:member:ks',
    ]);
  });

  it("keeps a partial document's text as passages linked to what was found", () => {
    const r = toRecords(gaz, parseText(gaz, 'Et notat\n\nOm Helseplattformen i NUIT.'), 'n.txt', 'b'.repeat(64));
    expect(r.documents[0]).toMatchObject({ kind: 'text', status: 'partial' });
    expect(r.nodes.filter((n) => n.label === 'Passage').map((n) => n.props.text)).toEqual([
      'Et notat',
      'Om Helseplattformen i NUIT.',
    ]);
  });
});
