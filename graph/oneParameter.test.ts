import { describe, expect, it } from 'vitest';
import { oneParameter, viaParameterMap } from './oneParameter.js';

describe('statements sent with one parameter map', () => {
  it('reads every parameter from the map', () => {
    expect(
      viaParameterMap('UNWIND $rows AS row MATCH (n:Case {id: row.id}) WHERE n.date >= $from_1 RETURN n LIMIT $limit'),
    ).toBe('UNWIND $p.rows AS row MATCH (n:Case {id: row.id}) WHERE n.date >= $p.from_1 RETURN n LIMIT $p.limit');
    expect(viaParameterMap('RETURN [$a,$b] AS x, {k:$c}.k AS y, size($d)+1 AS z')).toBe(
      'RETURN [$p.a,$p.b] AS x, {k:$p.c}.k AS y, size($p.d)+1 AS z',
    );
  });

  it('leaves strings, quoted names, comments and dynamic labels as they are', () => {
    const text = [
      `RETURN 'costs $5' AS a, "say \\"$x\\"" AS b, 'it\\'s $y' AS c, n.\`$odd\` AS d`,
      '// $commented out',
      '/* $block */ MATCH (a)-[r:$(row.type)]->(b) SET a.v = $v',
    ].join('\n');
    expect(viaParameterMap(text)).toBe(text.replace('a.v = $v', 'a.v = $p.v'));
  });

  it('leaves a statement without parameters unchanged, and remembers what it made', () => {
    expect(viaParameterMap('MATCH (n) RETURN count(n) AS n')).toBe('MATCH (n) RETURN count(n) AS n');
    const once = oneParameter('RETURN $x AS x');
    expect(once).toBe('RETURN $p.x AS x');
    expect(oneParameter('RETURN $x AS x')).toBe(once);
  });
});
