import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';
import { actionItemsCsv, matrixCsv, whosWhoCsv } from './exports.js';

describe('csvCell (OWASP CSV injection)', () => {
  it('prefixes a single quote to text a spreadsheet would run as a formula, keeping the value', () => {
    expect(csvCell('=HYPERLINK("http://x.example","klikk")')).toBe('"\'=HYPERLINK(""http://x.example"",""klikk"")"');
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });

  it('leaves ordinary text and counted numbers as they are', () => {
    expect(csvCell('Helse Vest RHF')).toBe('Helse Vest RHF');
    expect(csvCell('e-resept = bra')).toBe('e-resept = bra');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(12)).toBe('12');
  });
});

describe('every export goes through it', () => {
  const evil = '=HYPERLINK("http://evil.example")';
  const cells = (csv: string) => csv.slice(1).split('\r\n');
  it('action items, matrix and who is who neutralise hostile cells', () => {
    const ai = actionItemsCsv(
      [
        {
          text: evil,
          responsible: [{ name: '+Org' }],
          caseTitle: '@Sak',
          meeting: '-møte',
          status: 'open',
          followedUpBy: [],
        } as never,
      ],
      { headers: ['a', 'b', 'c', 'd', 'e', 'f'], status: (s) => s },
    );
    expect(cells(ai)[1]).toBe(`"'=HYPERLINK(""http://evil.example"")",'+Org,'@Sak,'-møte,open,`);
    const m = matrixCsv({
      topics: [{ id: 't', name: '=T' }] as never,
      organizations: [{ id: 'o', name: '@O' }] as never,
      cells: [{ organization: 'o', topic: 't', count: 3 }] as never,
    });
    expect(cells(m).slice(0, 2)).toEqual([",'=T", "'@O,3"]);
    const w = whosWhoCsv({ people: [{ name: '-Navn', organizations: ['=Org'], meetings: 2 }] } as never);
    expect(cells(w)[1]).toBe("'-Navn,'=Org,2");
    expect(toCsv([['x']]).startsWith('\uFEFF')).toBe(true);
  });
});
