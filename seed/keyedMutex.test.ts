import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyedMutex.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedMutex', () => {
  it('runs tasks of one key one after the other, in order, and other keys alongside', async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      m.run('a.txt', task('a1', 30)),
      m.run('a.txt', task('a2', 5)),
      m.run('b.txt', task('b1', 5)),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect(m.size).toBe(0);
  });

  it('goes on after a task that fails', async () => {
    const m = new KeyedMutex();
    const failed = m.run('x', async () => {
      throw new Error('bad file');
    });
    const next = m.run('x', async () => 'ok');
    await expect(failed).rejects.toThrow('bad file');
    await expect(next).resolves.toBe('ok');
  });
});
