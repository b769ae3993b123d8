import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { consistentBody, InconsistentAnswerError } from './consistentBody.js';
import { NotFoundError } from './problem.js';

const Related = z.object({ related: z.array(z.object({ id: z.string(), title: z.string() })) });

/** A build that answers the given bodies in turn, as reads during and after a removal would. */
function reads(...bodies: unknown[]) {
  let n = 0;
  const build = async () => {
    const b = bodies[Math.min(n, bodies.length - 1)];
    n++;
    if (b instanceof Error) throw b;
    return b as z.input<typeof Related>;
  };
  return { build, count: () => n };
}

function logSpy() {
  const seen: unknown[] = [];
  return { seen, log: { warn: (obj: unknown) => void seen.push(obj) } as never };
}

describe('consistentBody', () => {
  it('returns a body that fits at once, reading once and warning nothing', async () => {
    const r = reads({ related: [{ id: 'NUIT-37/22', title: 'Legemiddel grunndata' }] });
    const { seen, log } = logSpy();
    expect(await consistentBody(Related, r.build, log)).toEqual({
      related: [{ id: 'NUIT-37/22', title: 'Legemiddel grunndata' }],
    });
    expect(r.count()).toBe(1);
    expect(seen).toEqual([]);
  });

  it('reads again when a node removed mid-query came back as nulls, and sends the whole answer', async () => {
    const torn = { related: [{ id: null, title: null }] };
    const whole = { related: [] };
    const r = reads(torn, whole);
    const { seen, log } = logSpy();
    expect(await consistentBody(Related, r.build, log)).toEqual(whole);
    expect(r.count()).toBe(2);
    expect(seen).toEqual([{ attempt: 1, why: expect.stringContaining('related.0.id') }]);
  });

  it('reads again after a TypeError from code tripping over such nulls', async () => {
    const r = reads(new TypeError("Cannot read properties of null (reading 'localeCompare')"), { related: [] });
    expect(await consistentBody(Related, r.build)).toEqual({ related: [] });
    expect(r.count()).toBe(2);
  });

  it('gives up after the given number of reads: an answer that never fits is a bug, not sent', async () => {
    const r = reads({ related: [{ id: 'x', title: 42 }] });
    const err = await consistentBody(Related, r.build, undefined, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InconsistentAnswerError);
    expect((err as Error).message).toMatch(/after 3 reads \(related\.0\.title: .*string/);
    expect(r.count()).toBe(3);
  });

  it('passes other errors through at once (404s are answers, not races)', async () => {
    const r = reads(new NotFoundError('No meeting with id "NUFA-2022-01-01"'));
    await expect(consistentBody(Related, r.build)).rejects.toBeInstanceOf(NotFoundError);
    expect(r.count()).toBe(1);
  });
});
