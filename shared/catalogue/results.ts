/**
 * The decrypted results of Poll Data, by service: what the JWE in `data` holds. The sandbox's
 * build-result returns exactly these types; result-schemas.ts describes the same shapes for
 * /openapi.json, and a type test checks openapi-typescript's output of those schemas against
 * these types both ways, so the three cannot drift. Field shapes: docs/api-facts.md §4.
 * Type aliases, not interfaces, so that a result is also a plain `Record<string, unknown>` for the store.
 */
import type { InitiationId } from './endpoint.ts';
import type { FormField } from './values.ts';

/** The getToken content: who logged in, as this client sees them (`openID` differs per client). */
export type IAmSmartLogin = {
  openID: string;
  accessToken: string;
  tokenType: 'Bearer';
  /** Epoch ms, as a string. */
  issueAt: string;
  /** Milliseconds, as a string (14400000 = 4 h). */
  expiresIn: string;
  /** Space-separated scopes granted. */
  scope: string;
  userType: 'sign' | 'auth';
  /** Epoch ms. */
  lastModifiedDate: number;
};

export type PhoneNumber = {
  CountryCode: string;
  SubscriberNumber: string;
  NationalDestinationCode?: string;
};

export type FreeFormatAddress = {
  AddressLine1: string;
  AddressLine2?: string;
  AddressLine3?: string;
  LanguageCode?: string;
};

/** One of the official e-ME address forms; the premises forms are nested objects of their own (docs/api-facts.md §4.2). */
export type Address = {
  EngPremisesAddress?: Record<string, unknown>;
  ChiPremisesAddress?: Record<string, unknown>;
  FreeFormatAddress?: FreeFormatAddress;
  PostBoxAddress?: Record<string, unknown>;
};

/** The requested profile and e-ME fields the person has a value for (others are left out). */
export type FormFillingFields = {
  idNo?: { Identification: string; CheckDigit: string };
  enName?: { UnstructuredName: string };
  chName?: { ChineseName: string };
  /** YYYYMMDD */
  birthDate?: string;
  gender?: string;
  prefix?: string;
  maritalStatus?: string;
  homeTelNumber?: PhoneNumber;
  officeTelNumber?: PhoneNumber;
  mobileNumber?: PhoneNumber;
  emailAddress?: string;
  residentialAddress?: Address;
  postalAddress?: Address;
  educationLevel?: string;
  passportNumber?: string;
  /** YYYYMMDD */
  passportExpiry?: string;
  propertyOwner?: string;
  carOwner?: string;
  employmentStatus?: string;
};

/** The field names a result can carry are exactly the names a request may ask for (FORM_FIELDS). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const FORM_FIELDS_ARE_RESULT_FIELDS: Same<keyof FormFillingFields, FormField> = true;

export type AuthResult = {
  iAMSMART: IAmSmartLogin;
};

export type FormFillingResult = {
  formFilling: FormFillingFields;
  businessID: string;
};

export type AnonymousFormFillingResult = FormFillingResult & {
  iAMSMART: IAmSmartLogin;
};

export type SigningResult = {
  sign: {
    /** The 64-hex hash that was signed. */
    hashCode: string;
    /** Epoch ms of the signature. */
    timestamp: number;
    /** Base64 SHA256withRSA signature over the 32 bytes of the hash. */
    signature: string;
    /** PEM certificate of the signer (sandbox test CA). */
    cert: string;
  };
  businessID: string;
};

export type PdfSigningResult = {
  pdfSign: {
    /** The Base64 SHA-256 that was signed (the request's fileHash). */
    docDigest: string;
    /** Base64 DER of a detached CMS SignedData over docDigest. */
    pdfSignature: string;
    timestamp: number;
    cert: string;
  };
  businessID: string;
};

/** Undocumented by Fill Easy; shape chosen by the sandbox. */
export type CcicResult = {
  ccic: {
    openID: string;
    /** Always true in a result: a failed verification ends the request (403) instead. */
    isPassed: boolean;
    timestamp: number;
  };
  businessID: string;
};

/** Which result each service's approved transaction decrypts to. */
export type ResultOf = {
  auth: AuthResult;
  reauth: AuthResult;
  formfilling: FormFillingResult;
  'formfilling-anonymous': AnonymousFormFillingResult;
  signing: SigningResult;
  'signing-anonymous': SigningResult;
  'pdf-signing': PdfSigningResult;
  'pdf-signing-anonymous': PdfSigningResult;
  ccic: CcicResult;
};

/** Any decrypted result; naming `ResultOf[InitiationId]` makes a missing service a compile error. */
export type DecryptedResult = ResultOf[InitiationId];

type KeyOfAny<T> = T extends unknown ? keyof T : never;

/** Every part any service's result may carry, by its key (`sign`, `formFilling`, `iAMSMART`, ...): what a reader that does not know the service finds. */
export type ResultParts = { [K in KeyOfAny<DecryptedResult>]?: Extract<DecryptedResult, Record<K, unknown>>[K] };
