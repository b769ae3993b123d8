import { describe, expect, it } from 'vitest';
import { generatePassword } from './password.js';

describe('generated Neo4j password', () => {
  it('is long, needs no quoting and never looks like a command-line option', () => {
    // One in 64 base64url passwords started with '-', and neo4j-admin refused it as an unknown option.
    for (let i = 0; i < 2000; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[0-9a-f]{48}$/);
    }
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
