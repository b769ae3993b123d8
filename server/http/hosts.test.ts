import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostName } from './hosts.js';

describe('hostName', () => {
  it.each([
    ['localhost:8080', 'localhost'],
    ['[::1]:8080', '[::1]'],
    ['Sakskart.Intern:8080', 'sakskart.intern'],
    ['sakskart.intern.', 'sakskart.intern'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, name) => expect(hostName(host)).toBe(name));

  it.each(['', 'user@localhost', 'localhost/path', 'localhost:99999', 'a b'])('refuses %j', (host) =>
    expect(hostName(host)).toBeUndefined(),
  );
});

describe('allowedHostNames', () => {
  it('holds loopback names, the public URL host and the extra names', () => {
    const names = allowedHostNames(new URL('https://Sakskart.example.no'), ['sakskart:8080', ' 10.0.0.5 ']);
    expect([...names].sort()).toEqual(
      ['10.0.0.5', '127.0.0.1', '[::1]', 'localhost', 'sakskart', 'sakskart.example.no'].sort(),
    );
  });
});
