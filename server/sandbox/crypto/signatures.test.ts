import { createHash, verify, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as pkijs from 'pkijs';
import { signHash } from './hash-signature.ts';
import { signDigestCms } from './cms-signature.ts';
import { testCaCertPem } from './persona-keys.ts';

describe('signHash', () => {
  it('produces a SHA256withRSA signature that node:crypto verifies against the returned certificate', () => {
    const hash = createHash('sha256').update('a document').digest('hex');
    const { signature, cert } = signHash('chan-tai-man', hash);
    expect(verify('sha256', Buffer.from(hash, 'hex'), cert, Buffer.from(signature, 'base64'))).toBe(true);
    expect(
      verify('sha256', Buffer.from((hash[0] === 'f' ? 'e' : 'f') + hash.slice(1), 'hex'), cert, Buffer.from(signature, 'base64')),
    ).toBe(false);
  });

  it('uses a certificate issued by the sandbox test CA', () => {
    const { cert } = signHash('wong-siu-ling', 'a'.repeat(64));
    const ca = new X509Certificate(testCaCertPem());
    expect(new X509Certificate(cert).verify(ca.publicKey)).toBe(true);
  });
});

describe('signDigestCms', () => {
  it('builds a detached CMS that pkijs parses and verifies over the signed content', async () => {
    const content = Buffer.from('%PDF-1.7 byte range of a sample document');
    const digest = createHash('sha256').update(content).digest('base64');
    const der = Buffer.from(await signDigestCms('lee-ka-ho', digest, new Date('2026-01-01T00:00:00Z')), 'base64');
    const info = pkijs.ContentInfo.fromBER(der);
    const signed = new pkijs.SignedData({ schema: info.content });
    expect(signed.encapContentInfo.eContent).toBeUndefined();
    expect(await signed.verify({ signer: 0, data: new Uint8Array(content).buffer })).toBe(true);
    await expect(signed.verify({ signer: 0, data: new TextEncoder().encode('tampered').buffer })).rejects.toBeDefined();
  });
});
