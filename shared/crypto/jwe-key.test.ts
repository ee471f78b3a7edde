import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { deriveJweKey } from './jwe-key.ts';
import { PUBLIC_TEST_CLIENT } from '../sandbox/public-test-client.ts';

describe('deriveJweKey', () => {
  it('uses the 32 bytes of a 64-hex secret', async () => {
    const secret = PUBLIC_TEST_CLIENT.secret;
    expect(Buffer.from(await deriveJweKey(secret)).toString('hex')).toBe(secret);
  });

  it('hashes any other secret with SHA-256', async () => {
    const key = await deriveJweKey('not-hex-secret');
    expect(Buffer.from(key).toString('hex')).toBe(createHash('sha256').update('not-hex-secret').digest('hex'));
  });
});
