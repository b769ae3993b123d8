import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { topicsOfCase } from './topics.js';

const gaz = Gazetteer.load();
const base = { decision: undefined, proposedDecision: undefined, statements: [], actionItems: [] };

describe('topics of a case', { timeout: 20_000 }, () => {
  it('makes a topic named in the title the main subject', () => {
    expect(topicsOfCase(gaz, { ...base, title: 'EHDS – status' }, '')).toEqual([
      { key: 'ehds', role: 'main', weight: 1 },
    ]);
  });

  it('makes a topic named once in the body a mention, and twice the main subject', () => {
    const once = topicsOfCase(gaz, { ...base, title: 'Portefølje' }, 'Kort status fra Helseplattformen.');
    const twice = topicsOfCase(
      gaz,
      { ...base, title: 'Portefølje' },
      'Helseplattformen ble satt i drift. Helseplattformen er i bruk.',
    );
    expect([once, twice]).toEqual([
      [{ key: 'helseplattformen', role: 'mention', weight: 1 }],
      [{ key: 'helseplattformen', role: 'main', weight: 2 }],
    ]);
  });

  it('counts a naming further down a case note as a mention only', () => {
    expect(
      topicsOfCase(
        gaz,
        { ...base, title: 'Status' },
        'Innledning.',
        'Innledning. Digital hjemmeoppfølging er spredt. DHO.',
      ),
    ).toEqual([{ key: 'dho', role: 'mention', weight: 2 }]);
  });
});
