import 'reflect-metadata';
import { describe, it, expect, beforeAll } from 'vitest';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { checkHashSignature } from './signature-check.ts';

const HASH = 'af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300';
const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
let pem = '';
let keys: CryptoKeyPair;

const b64 = (u: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(u)));
const hexBytes = (h: string) => Uint8Array.from(h.match(/../g)!, (x) => parseInt(x, 16));

describe('checkHashSignature', () => {
  beforeAll(async () => {
    x509.cryptoProvider.set(webcrypto as unknown as Crypto);
    keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: 'CN=CHAN Tai Man, O=Sandbox Test CA, C=HK',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2028-01-01T00:00:00Z'),
      signingAlgorithm: alg,
      keys,
    });
    pem = cert.toString('pem');
  });

  const now = Date.parse('2026-06-01T00:00:00Z');

  it('finds a valid signature over the hash bytes and reads the certificate', async () => {
    const signature = b64(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, hexBytes(HASH)));
    const r = await checkHashSignature({ hashCode: HASH, signature, cert: pem }, now);
    expect(r).toMatchObject({ ok: true, valid: true, over: 'hash-bytes', inValidity: true });
    if (r.ok) {
      expect(r.cert.subject).toBe('CN=CHAN Tai Man, O=Sandbox Test CA, C=HK');
      expect(r.cert.notAfter.toISOString()).toBe('2028-01-01T00:00:00.000Z');
    }
  });

  it('accepts a signature over the hex text and bare Base64 DER', async () => {
    const signature = b64(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, new TextEncoder().encode(HASH)));
    const der = pem.replace(/-----[^-]+-----|\s/g, '');
    const r = await checkHashSignature({ hashCode: HASH, signature, cert: der }, now);
    expect(r).toMatchObject({ ok: true, valid: true, over: 'hash-text' });
  });

  it('says invalid when the hash differs, and flags a certificate out of its validity', async () => {
    const signature = b64(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, hexBytes(HASH)));
    const r = await checkHashSignature({ hashCode: HASH.replace('af', 'ae'), signature, cert: pem }, Date.parse('2030-01-01T00:00:00Z'));
    expect(r).toMatchObject({ ok: true, valid: false, inValidity: false });
  });

  it('explains a broken certificate instead of throwing', async () => {
    const r = await checkHashSignature({ hashCode: HASH, signature: 'AAAA', cert: 'MIIBAAAA' }, now);
    expect(r).toMatchObject({ ok: false, reason: 'bad_certificate' });
  });
});
