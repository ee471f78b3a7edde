/** Field schemas shared by several endpoints. Each is defined once here and reused by reference. */
import type { JsonSchema } from './json-schema.ts';
import {
  APP_SOURCES,
  BASE64_SHA256_PATTERN,
  FORM_FIELDS,
  HEX_SHA256_PATTERN,
  HKIC_HASH_PATTERN,
  LANGS,
  MAX_TEXT,
  PROFILE_FIELDS,
  REDIRECT_PATTERN,
  SCOPE_PATTERN,
  SCOPES,
  SOURCES,
  TOKEN_PATTERN,
} from './values.ts';

export const EXAMPLE_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

export function text(description: string, example?: string, maxLength = MAX_TEXT): JsonSchema {
  return {
    type: 'string',
    description,
    minLength: 1,
    maxLength,
    ...(example === undefined ? {} : { examples: [example] }),
  };
}

export const source: JsonSchema = {
  type: 'string',
  description:
    'The device platform and browser combination. Browser sources get the iAM Smart QR page as `url`; ' +
    "app sources (`android`, `iOS`, `App_Scheme`, `App_Link`, `App_Package`) get a deep link and must send the app's `code` when polling.",
  enum: SOURCES,
  default: 'PC_Browser',
  examples: ['PC_Browser'],
  'x-explain': 'enum',
};

export const lang: JsonSchema = {
  type: 'string',
  description: "iAM Smart app display language (case sensitive). Defaults to 'en-US' if not specified.",
  enum: LANGS,
  default: 'en-US',
  examples: ['en-US'],
  'x-explain': 'enum',
};

export const redirect: JsonSchema = {
  type: 'string',
  description:
    'Redirect URI after user authorisation. Browser: an https URL of your website registered for your client. ' +
    'Mobile: a universal link or app scheme (`your-app://auth`). Must match a registered redirect exactly.',
  minLength: 1,
  maxLength: MAX_TEXT,
  pattern: REDIRECT_PATTERN,
  patternErrorMessage: 'must be an absolute URI with a scheme, e.g. https://www.yourwebsite.com/callback',
  examples: ['https://www.yourwebsite.com/callback'],
};

export const redirectAlias: JsonSchema = {
  ...redirect,
  description: 'Alias of `redirect` (the docs call it redirectURI). Send one of the two, not both.',
  deprecated: true,
};

export const scope: JsonSchema = {
  type: 'string',
  description:
    'Requested scopes, space-separated. Needed only when operations are chained (auth + form filling, auth + signing); ' +
    'by default the scope the operation needs. Valid scopes: ' +
    SCOPES.join(', ') +
    '.',
  maxLength: 512,
  pattern: SCOPE_PATTERN,
  patternErrorMessage: `must be space-separated scopes from: ${SCOPES.join(', ')}`,
  examples: ['eidapi_auth eidapi_formFilling eidapi_sign'],
  'x-explain': 'scope',
};

export function token(description: string): JsonSchema {
  return {
    type: 'string',
    description,
    maxLength: 8192,
    pattern: TOKEN_PATTERN,
    patternErrorMessage: 'must be a compact JWT: three Base64url parts separated by two dots (header.payload.signature)',
    examples: [EXAMPLE_TOKEN],
    'x-explain': 'token',
  };
}

export const hexHash: JsonSchema = {
  type: 'string',
  description: "SHA-256 hash of the document file's content (64 lower-case hex characters).",
  pattern: HEX_SHA256_PATTERN,
  patternErrorMessage: 'must be a SHA-256 digest as 64 lower-case hex characters (0-9, a-f)',
  examples: ['af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300'],
  'x-explain': 'hex-sha256',
};

export const pdfHash: JsonSchema = {
  type: 'string',
  description: 'Base64-encoded SHA-256 hash of the PDF file (44 characters, 32 bytes).',
  pattern: BASE64_SHA256_PATTERN,
  patternErrorMessage: 'must be the Base64 (standard alphabet, padded) of a 32-byte SHA-256 digest: 44 characters ending in =',
  examples: ['R3fJTKFPwkRw019fLk+L19y91DVgI9hy/G7u6+YiECk='],
  'x-explain': 'base64-sha256',
};

export const hkicHash: JsonSchema = {
  type: 'string',
  description:
    'SHA-256 of the HKID without its check digit (e.g. of "G996963"), as 64 lower-case hex or Base64. ' +
    'When given, only the person with that HKID can sign (otherwise D70005).',
  pattern: HKIC_HASH_PATTERN,
  patternErrorMessage: 'must be a SHA-256 digest: 64 lower-case hex characters, or 44 Base64 characters',
  examples: ['c913c226c44240d29854783a3ff33c0b2e8ed1136224fb8f537716ef003c2b70'],
};

export const authCode: JsonSchema = {
  type: 'string',
  description:
    'Authorisation code the iAM Smart app handed to your redirect. Required for App-to-App flows; for browser flows it is ignored ' +
    "(the sandbox says so in `x-sandbox-warnings`). Any string: a code that is not the app's is a 401 D40004, never a 400.",
  minLength: 1,
  maxLength: 512,
  examples: ['a51c81dce74743359c0a1d639369311f'],
  'x-ignored': { unlessSource: APP_SOURCES, reason: 'only App-to-App flows are released by their code; browser flows need none' },
};

export const profileFields: JsonSchema = {
  type: 'array',
  description: 'Profile fields to request (scope eidapi_profiles).',
  items: { type: 'string', enum: PROFILE_FIELDS, 'x-explain': 'enum' },
  uniqueItems: true,
  maxItems: PROFILE_FIELDS.length,
  examples: [['idNo', 'enName', 'chName']],
};

export const formData: JsonSchema = {
  type: 'object',
  description: 'The e-ME form to fill: its name, number, description and the fields to request.',
  properties: {
    formName: text('Form name shown to the user.', 'Sample Application Form', 200),
    formNum: text('Form number.', 'SAF-001', 100),
    formDesc: text('Form description shown to the user.', 'Apply for a sample service', 500),
    formFields: {
      type: 'array',
      description: 'e-ME fields to request.',
      items: { type: 'string', enum: FORM_FIELDS, 'x-explain': 'enum' },
      uniqueItems: true,
      minItems: 1,
      maxItems: FORM_FIELDS.length,
    },
  },
  required: ['formName', 'formFields'],
  additionalProperties: false,
};

/** Require `redirect` or its alias `redirectURI` (docs/sandbox-contract.md §2). */
export const redirectOrAlias: JsonSchema = {
  anyOf: [{ required: ['redirect'] }, { required: ['redirectURI'] }],
  errorMessage: 'redirect is required: the URI iAM Smart sends the user back to (e.g. https://www.yourwebsite.com/callback)',
};

/** The alias is one name for one value: both at once is ambiguous. */
export const notRedirectAndAlias: JsonSchema = {
  not: { required: ['redirect', 'redirectURI'] },
  errorMessage: 'send redirect or its alias redirectURI, not both',
};
