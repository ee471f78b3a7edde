/**
 * The JWE plaintext of an approved transaction, by service (docs/sandbox-contract.md §7; field shapes
 * docs/api-facts.md §4). Built at approval time so that the timestamp is the signing time and a store
 * shared by several instances holds the finished result.
 */
import type { DecryptedResult, FormField, FormFillingFields, IAmSmartLogin } from '../../../shared/catalogue/index.ts';
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

/**
 * Every e-ME / profile field of a persona in the official shape, undefined where the persona has
 * none. Each field name is a key here, so a field added to FormFillingFields (and so to the
 * requests' FORM_FIELDS) without a value is a compile error.
 */
function personaFields(persona: Persona): { [K in FormField]-?: FormFillingFields[K] | undefined } {
  return {
    idNo: { Identification: persona.hkidIdentification, CheckDigit: persona.hkidCheckDigit },
    enName: { UnstructuredName: persona.enName },
    chName: { ChineseName: persona.chName },
    birthDate: persona.birthDate,
    gender: persona.gender,
    prefix: persona.prefix,
    maritalStatus: persona.maritalStatus,
    homeTelNumber: persona.homeTelNumber,
    officeTelNumber: persona.officeTelNumber,
    mobileNumber: persona.mobileNumber,
    emailAddress: persona.emailAddress,
    residentialAddress: persona.residentialAddress,
    postalAddress: persona.postalAddress,
    educationLevel: persona.educationLevel,
    passportNumber: persona.passportNumber,
    passportExpiry: persona.passportExpiry,
    propertyOwner: persona.propertyOwner,
    carOwner: persona.carOwner,
    employmentStatus: persona.employmentStatus,
  };
}

/** Copies one field when the persona has it (a copy: the result must not share objects with the persona). */
function copyField<K extends FormField>(to: FormFillingFields, from: ReturnType<typeof personaFields>, name: K): void {
  const value = from[name];
  if (value !== undefined) to[name] = structuredClone(value);
}

/** The requested profile and e-ME fields the persona has a value for, in the request's order. */
function formFilling(tx: Transaction, persona: Persona): FormFillingFields {
  const all = personaFields(persona);
  const out: FormFillingFields = {};
  for (const name of [...(tx.request.profileFields ?? []), ...(tx.request.formData?.formFields ?? [])]) copyField(out, all, name);
  return out;
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
