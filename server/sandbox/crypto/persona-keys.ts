/**
 * The personas' TEST ONLY signing keys and certificates (generated once by
 * scripts/generate-test-keys.ts), loaded lazily and cached as KeyObjects.
 */
import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
// Imported rather than read from disk so that the server build (tsc) copies it into dist/.
import testKeys from '../personas/test-keys.json' with { type: 'json' };

interface TestKeysFile {
  caCertPem: string;
  personas: Record<string, { certPem: string; keyPem: string }>;
}

export interface SigningIdentity {
  certPem: string;
  certDer: Buffer;
  privateKey: KeyObject;
  /** PKCS#8 DER, for WebCrypto (pkijs). */
  pkcs8: Buffer;
}

const cache = new Map<string, SigningIdentity>();

function keysFile(): TestKeysFile {
  return testKeys as TestKeysFile;
}

export function testCaCertPem(): string {
  return keysFile().caCertPem;
}

export function signingIdentity(personaId: string): SigningIdentity {
  const hit = cache.get(personaId);
  if (hit) return hit;
  const entry = keysFile().personas[personaId];
  if (!entry) throw new Error(`no test key for persona ${personaId}; run scripts/generate-test-keys.ts`);
  const privateKey = createPrivateKey(entry.keyPem);
  const identity: SigningIdentity = {
    certPem: entry.certPem,
    certDer: Buffer.from(new X509Certificate(entry.certPem).raw),
    privateKey,
    pkcs8: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
  cache.set(personaId, identity);
  return identity;
}
