/**
 * The personas' TEST ONLY signing keys and certificates (generated once by
 * ../personas/generate-test-keys.ts), loaded lazily and cached as KeyObjects.
 */
import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

let file: TestKeysFile | undefined;
const cache = new Map<string, SigningIdentity>();

function keysFile(): TestKeysFile {
  file ??= JSON.parse(readFileSync(fileURLToPath(new URL('../personas/test-keys.json', import.meta.url)), 'utf8')) as TestKeysFile;
  return file;
}

export function testCaCertPem(): string {
  return keysFile().caCertPem;
}

export function signingIdentity(personaId: string): SigningIdentity {
  const hit = cache.get(personaId);
  if (hit) return hit;
  const entry = keysFile().personas[personaId];
  if (!entry) throw new Error(`no test key for persona ${personaId}; run generate-test-keys.ts`);
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
