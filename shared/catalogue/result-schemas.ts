/**
 * JSON Schemas of the decrypted Poll Data results (the types in results.ts), as named schemas of
 * /openapi.json. `additionalProperties: false` throughout, so a test that validates every built
 * result against these catches a field the sandbox adds without describing it.
 */
import type { JsonSchema } from './json-schema.ts';
import { UNDOCUMENTED, type InitiationId } from './endpoint.ts';
import type { ResultParts } from './results.ts';

const str = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
const epochMs: JsonSchema = { type: 'integer', description: 'Epoch milliseconds.' };

function object(properties: Record<string, JsonSchema>, required: string[], description?: string): JsonSchema {
  return { type: 'object', ...(description ? { description } : {}), properties, required, additionalProperties: false };
}

const login = object(
  {
    openID: str('The tokenised account identifier: stable for one person at one client, different at another client.'),
    accessToken: str(),
    tokenType: { type: 'string', const: 'Bearer' },
    issueAt: str('Epoch milliseconds, as a string.'),
    expiresIn: str('Lifetime in milliseconds, as a string (14400000 = 4 hours).'),
    scope: str('The granted scopes, space-separated.'),
    userType: { type: 'string', enum: ['sign', 'auth'] },
    lastModifiedDate: epochMs,
  },
  ['openID', 'accessToken', 'tokenType', 'issueAt', 'expiresIn', 'scope', 'userType', 'lastModifiedDate'],
  'The iAM Smart login (getToken content).',
);

const phone = object({ CountryCode: str(), SubscriberNumber: str(), NationalDestinationCode: str() }, ['CountryCode', 'SubscriberNumber']);
const nested: JsonSchema = {
  type: 'object',
  description: 'An official e-ME address structure (nested objects).',
  additionalProperties: true,
};
const address: JsonSchema = {
  type: 'object',
  description: 'One of the official e-ME address forms.',
  properties: {
    EngPremisesAddress: nested,
    ChiPremisesAddress: nested,
    FreeFormatAddress: object({ AddressLine1: str(), AddressLine2: str(), AddressLine3: str(), LanguageCode: str() }, ['AddressLine1']),
    PostBoxAddress: nested,
  },
  additionalProperties: false,
};

const fields = object(
  {
    idNo: object({ Identification: str('HKID without its check digit, e.g. A123456.'), CheckDigit: str() }, [
      'Identification',
      'CheckDigit',
    ]),
    enName: object({ UnstructuredName: str('SURNAME, Given Names') }, ['UnstructuredName']),
    chName: object({ ChineseName: str() }, ['ChineseName']),
    birthDate: str('YYYYMMDD'),
    gender: str('M or F'),
    prefix: str(),
    maritalStatus: str(),
    homeTelNumber: phone,
    officeTelNumber: phone,
    mobileNumber: phone,
    emailAddress: str(),
    residentialAddress: address,
    postalAddress: address,
    educationLevel: str(),
    passportNumber: str(),
    passportExpiry: str('YYYYMMDD'),
    propertyOwner: str('Y or N'),
    carOwner: str('Y or N'),
    employmentStatus: str(),
  },
  [],
  'The requested profile and e-ME fields the person has a value for; fields without a value are left out.',
);

const businessID = str('The 36-character businessID of the request, as in the callback.');

const sign = object(
  {
    hashCode: str('The 64-hex hash that was signed.'),
    timestamp: epochMs,
    signature: str('Base64 SHA256withRSA (PKCS#1 v1.5) signature over the 32 bytes of the hash.'),
    cert: str('PEM certificate of the signer, issued by the sandbox test CA.'),
  },
  ['hashCode', 'timestamp', 'signature', 'cert'],
);

const pdfSign = object(
  {
    docDigest: str("The Base64 SHA-256 that was signed (the request's fileHash)."),
    pdfSignature: str('Base64 DER of a detached CMS SignedData whose messageDigest is docDigest.'),
    timestamp: epochMs,
    cert: str('PEM certificate of the signer.'),
  },
  ['docDigest', 'pdfSignature', 'timestamp', 'cert'],
);

const ccic = object({ openID: str(), isPassed: { type: 'boolean' }, timestamp: epochMs }, ['openID', 'isPassed', 'timestamp']);

/** The schema of each part a result can carry, by its key (shared/validation/read-result.ts reads results with them). */
export const RESULT_PART_SCHEMAS = {
  iAMSMART: login,
  formFilling: fields,
  sign,
  pdfSign,
  ccic,
  businessID,
} as const satisfies Record<keyof ResultParts, JsonSchema>;

/** Named result schemas, keyed by their OpenAPI component name. */
export const RESULT_SCHEMAS = {
  IAmSmartLogin: login,
  AuthResult: object({ iAMSMART: login }, ['iAMSMART'], 'Authentication and Re-authentication.'),
  FormFillingResult: object({ formFilling: fields, businessID }, ['formFilling', 'businessID'], 'Form Filling.'),
  AnonymousFormFillingResult: object(
    { formFilling: fields, businessID, iAMSMART: login },
    ['formFilling', 'businessID', 'iAMSMART'],
    'Anonymous Form Filling.',
  ),
  SigningResult: object({ sign, businessID }, ['sign', 'businessID'], 'Signing and Anonymous Signing.'),
  PdfSigningResult: object({ pdfSign, businessID }, ['pdfSign', 'businessID'], 'PDF Signing and Anonymous PDF Signing.'),
  CcicResult: object({ ccic, businessID }, ['ccic', 'businessID'], `CCIC Verification. ${UNDOCUMENTED}`),
} as const satisfies Record<string, JsonSchema>;

export type ResultSchemaName = keyof typeof RESULT_SCHEMAS;

/** Which named schema each service's result follows. */
export const RESULT_SCHEMA_OF = {
  auth: 'AuthResult',
  reauth: 'AuthResult',
  formfilling: 'FormFillingResult',
  'formfilling-anonymous': 'AnonymousFormFillingResult',
  signing: 'SigningResult',
  'signing-anonymous': 'SigningResult',
  'pdf-signing': 'PdfSigningResult',
  'pdf-signing-anonymous': 'PdfSigningResult',
  ccic: 'CcicResult',
} as const satisfies Record<InitiationId, ResultSchemaName>;
