/**
 * `pdfSignature`: a detached CMS SignedData (PKCS#7) whose signed attributes carry `docDigest` as
 * the messageDigest, the way a PDF signature container is built over the byte range's SHA-256
 * (docs/api-facts.md §4.4, OS EidSignatureContainer.cs). Built with pkijs, never by hand.
 */
import { webcrypto } from 'node:crypto';
import type * as Asn1js from 'asn1js';
import type * as Pkijs from 'pkijs';
import { signingIdentity } from './persona-keys.ts';

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

interface Pki {
  asn1js: typeof Asn1js;
  pkijs: typeof Pkijs;
  engine: Pkijs.CryptoEngine;
}

let pki: Promise<Pki> | undefined;

/** pkijs and asn1js on first use: most sandbox processes never sign a PDF, and loading them at start costs ~6 MB RSS. */
function loadPki(): Promise<Pki> {
  pki ??= Promise.all([import('asn1js'), import('pkijs')]).then(([asn1js, pkijs]) => {
    const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto });
    pkijs.setEngine('node', engine);
    return { asn1js, pkijs, engine };
  });
  return pki;
}

const keyCache = new Map<string, Promise<CryptoKey>>();

function privateKey(personaId: string): Promise<CryptoKey> {
  let key = keyCache.get(personaId);
  if (!key) {
    key = webcrypto.subtle.importKey(
      'pkcs8',
      new Uint8Array(signingIdentity(personaId).pkcs8),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    ) as Promise<CryptoKey>;
    keyCache.set(personaId, key);
  }
  return key;
}

/** Returns the DER of a ContentInfo(SignedData), Base64. `digestBase64` is the 32-byte SHA-256 of the signed content. */
export async function signDigestCms(personaId: string, digestBase64: string, signingTime: Date): Promise<string> {
  const { asn1js, pkijs, engine } = await loadPki();
  const identity = signingIdentity(personaId);
  const cert = pkijs.Certificate.fromBER(new Uint8Array(identity.certDer));
  const digest = new Uint8Array(Buffer.from(digestBase64, 'base64'));
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
      new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: digest })] }),
      new pkijs.Attribute({ type: OID_SIGNING_TIME, values: [new asn1js.UTCTime({ valueDate: signingTime })] }),
    ],
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs,
      }),
    ],
    certificates: [cert],
  });
  await signedData.sign(await privateKey(personaId), 0, 'SHA-256', undefined, engine);
  const contentInfo = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false)).toString('base64');
}
