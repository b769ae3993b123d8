import { describe, expect, it } from 'vitest';
import { concernTimeline } from './timeline.js';

const row = (statement: string, date: string, kase: string, topics: string[], stance = 'concern') => ({
  name: 'KS',
  statement,
  stance,
  text: `tekst ${statement}`,
  date,
  case: kase,
  title: `Sak ${kase}`,
  decision: null,
  topics: topics.map((key) => ({ key, name: key.toUpperCase() })),
});

describe('concern timeline', () => {
  it('counts statements per topic and date, once per statement, and tells started, stopped and steady apart', () => {
    const t = concernTimeline('ks', [
      row('s1', '2022-05-19', 'NUIT-28/22', ['plan', 'old', 'plan']),
      row('s2', '2022-09-14', 'NUIT-37/22', ['plan', 'ehds']),
      row('s3', '2022-09-14', 'NUIT-37/22', ['ehds'], 'support'),
    ]);
    const topic = (id: string) => t.topics.find((x) => x.id === `Topic:${id}`)!;
    expect(topic('plan').points).toEqual([
      { date: '2022-05-19', count: 1, stances: { concern: 1 } },
      { date: '2022-09-14', count: 1, stances: { concern: 1 } },
    ]);
    expect(topic('plan').trend).toBe('steady');
    expect(topic('ehds')).toMatchObject({
      trend: 'started',
      first: '2022-09-14',
      points: [{ date: '2022-09-14', count: 2, stances: { concern: 1, support: 1 } }],
    });
    // Over all topics every statement counts once, by stance.
    expect(t.timeline).toEqual([
      { date: '2022-05-19', count: 1, stances: { concern: 1 } },
      { date: '2022-09-14', count: 2, stances: { concern: 1, support: 1 } },
    ]);
    expect(topic('old').trend).toBe('stopped');
    expect(t.cases.map((c) => [c.id, c.statements.length])).toEqual([
      ['Case:NUIT-28/22', 1],
      ['Case:NUIT-37/22', 2],
    ]);
  });

  it('gives an organisation without statements an empty timeline with its name', () => {
    const t = concernTimeline('ks', [{ name: 'KS', statement: null, topics: [] }]);
    expect(t).toEqual({ organization: { id: 'Organization:ks', name: 'KS' }, topics: [], timeline: [], cases: [] });
  });
});
