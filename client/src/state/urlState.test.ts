import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  expandNode,
  openDocument,
  openNode,
  parseLines,
  parseUrlState,
  serializeUrlState,
  undoExpansion,
} from './urlState.js';

describe('URL state', () => {
  it('round-trips every view, filter and selection', () => {
    const s = {
      ...DEFAULT_STATE,
      view: 'graph' as const,
      lang: 'en' as const,
      ids: ['Topic:ehds', 'Case:NUIT-38/22'],
      selected: 'Case:NUIT-38/22',
      depth: 2,
      layout: 'concentric' as const,
      filters: {
        kinds: ['Case', 'Organization'],
        committee: 'NUIT',
        from: '2022-01-01',
        to: '2022-12-31',
        topic: 'ehds',
      },
      flowTopic: 'ehds',
      matrixCommittee: 'NUFA',
      pathFrom: 'Organization:ks',
      pathTo: 'Topic:ehds',
    };
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it('round-trips the issue flow: chain, period, committees, zoom and table, and drops a bad zoom', () => {
    const s = {
      ...DEFAULT_STATE,
      view: 'flow' as const,
      flowTopic: 'ehds',
      flowSel: 'NUIT-38/22',
      flowFrom: '2016-01-01',
      flowTo: '2022-12-31',
      flowCommittees: ['NUFA', 'NUIT'],
      flowZoom: ['2019-01-01', '2020-06-30'] as [string, string],
      flowTable: true,
    };
    expect(parseUrlState(serializeUrlState(s))).toEqual(
      parseUrlState(serializeUrlState(parseUrlState(serializeUrlState(s)))),
    );
    expect(parseUrlState(serializeUrlState(s))).toMatchObject(s);
    expect(parseUrlState('?view=flow&fz=2020-01-01~2019-01-01').flowZoom).toBeUndefined();
    expect(parseUrlState('?view=flow&fz=junk').flowZoom).toBeUndefined();
    expect(parseUrlState('?view=flow&ff=2019-13').flowFrom).toBeUndefined();
  });

  it('keeps the default URL empty and ignores junk', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('?view=nope&kinds=Case,Bogus&from=yesterday')).toMatchObject({
      view: 'graph',
      filters: { kinds: ['Case'], from: undefined },
    });
  });

  it('expands, selects and undoes expansions', () => {
    const a = openNode('Topic:ehds')(DEFAULT_STATE);
    const b = expandNode('Case:NUFA-27/22')(a);
    expect(b.ids).toEqual(['Topic:ehds', 'Case:NUFA-27/22']);
    expect(expandNode('Topic:ehds')(b)).toBe(b);
    expect(undoExpansion(b).ids).toEqual(['Topic:ehds']);
    expect(undoExpansion(undoExpansion(b)).ids).toEqual(['Topic:ehds']);
  });
});

describe('living-record state in the URL', () => {
  it('round-trips the source viewer, what changed, brief and action item filters', () => {
    const search =
      '?view=documents&doc=abc%3A1&lines=12-14&since=NUFA-2022-08-31&cc=NUIT&ct=ehds&co=ks&meeting=NUIT-2022-09-14&ais=open&aic=NUIT&aiq=kostnader';
    const s = parseUrlState(search);
    expect(s).toMatchObject({
      view: 'documents',
      doc: 'abc:1',
      docLines: '12-14',
      since: 'NUFA-2022-08-31',
      changesCommittee: 'NUIT',
      changesTopic: 'ehds',
      changesOrganization: 'ks',
      briefMeeting: 'NUIT-2022-09-14',
      aiStatus: 'open',
      aiCommittee: 'NUIT',
      aiQuery: 'kostnader',
    });
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it('opening a document sets the view and the lines; parseLines reads one line or a range', () => {
    expect(openDocument('d:0', 7, 9)(DEFAULT_STATE)).toMatchObject({ view: 'documents', doc: 'd:0', docLines: '7-9' });
    expect(openDocument('d:0', 7, 7)(DEFAULT_STATE).docLines).toBe('7');
    expect(parseLines('7')).toEqual({ start: 7, end: 7 });
    expect(parseLines('9-12')).toEqual({ start: 9, end: 12 });
    expect(parseLines('x')).toBeUndefined();
  });
});
