/**
 * The JWE plaintext of an approved transaction, by service (docs/sandbox-contract.md §7; field shapes
 * docs/api-facts.md §4). Built at approval time so that the timestamp is the signing time and a store
 * shared by several instances holds the finished result.
 */
import type { DecryptedResult, FormFillingFields, IAmSmartLogin } from '../../../shared/catalogue/index.ts';
import type { Persona } from '../personas/persona.ts';
import type { Transaction } from '../store/types.ts';
import { accessTokenFor, openIdFor } from '../crypto/identifiers.ts';
import { signHash } from '../crypto/hash-signature.ts';
import { signDigestCms } from '../crypto/cms-signature.ts';
import { signingIdentity } from '../crypto/persona-keys.ts';

export interface ResultInputs {
  tx: Transaction;
  persona: Persona;
  now: number;
  authTokenTtlMs: number;
  tokenKey: Uint8Array;
}

/** The getToken content (docs/api-facts.md §4.3). `loginId` keeps the access token stable across a login's re-auths. */
function iAMSMART({ tx, persona, now, authTokenTtlMs, tokenKey }: ResultInputs): IAmSmartLogin {
  return {
    openID: openIdFor(tx.clientId, persona.id),
    accessToken: accessTokenFor(tokenKey, tx.loginId ?? tx.id),
    tokenType: 'Bearer',
    issueAt: String(now),
    expiresIn: String(authTokenTtlMs),
    scope: tx.scopes.join(' '),
    userType: tx.scopes.includes('eidapi_sign') ? 'sign' : 'auth',
    lastModifiedDate: now,
  };
}

/** One e-ME / profile field in the official shape, or undefined when the persona has none. */
function field(persona: Persona, name: string): unknown {
  switch (name) {
    case 'idNo':
      return { Identification: persona.hkidIdentification, CheckDigit: persona.hkidCheckDigit };
    case 'enName':
      return { UnstructuredName: persona.enName };
    case 'chName':
      return { ChineseName: persona.chName };
    default:
      return (persona as unknown as Record<string, unknown>)[name];
  }
}

function formFilling(tx: Transaction, persona: Persona): FormFillingFields {
  const names = [...(tx.request.profileFields ?? []), ...(tx.request.formData?.formFields ?? [])];
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = field(persona, name);
    if (value !== undefined) out[name] = structuredClone(value);
  }
  // The names come from the validated request (FORM_FIELDS / PROFILE_FIELDS) and the values from
  // the persona in the official shapes; result-schemas.ts checks both in the tests.
  return out as FormFillingFields;
}

export async function buildResult(inputs: ResultInputs): Promise<DecryptedResult> {
  const { tx, persona, now } = inputs;
  switch (tx.service) {
    case 'auth':
    case 'reauth':
      return { iAMSMART: iAMSMART(inputs) };
    case 'formfilling':
      return { formFilling: formFilling(tx, persona), businessID: tx.businessID };
    case 'formfilling-anonymous':
      return { formFilling: formFilling(tx, persona), businessID: tx.businessID, iAMSMART: iAMSMART(inputs) };
    case 'signing':
    case 'signing-anonymous': {
      const hashCode = tx.request.hash ?? '';
      const { signature, cert } = signHash(persona.id, hashCode);
      return { sign: { hashCode, timestamp: now, signature, cert }, businessID: tx.businessID };
    }
    case 'pdf-signing':
    case 'pdf-signing-anonymous': {
      const docDigest = tx.request.hash ?? '';
      const pdfSignature = await signDigestCms(persona.id, docDigest, new Date(now));
      return { pdfSign: { docDigest, pdfSignature, timestamp: now, cert: signingIdentity(persona.id).certPem }, businessID: tx.businessID };
    }
    case 'ccic':
      // Undocumented by Fill Easy: the sandbox's own shape (shared/catalogue/results.ts CcicResult).
      return { ccic: { openID: openIdFor(tx.clientId, persona.id), isPassed: true, timestamp: now }, businessID: tx.businessID };
  }
}
