/**
 * The endpoint catalogue: every endpoint of the Fill Easy iAM Smart API v2, defined once.
 * Paths and field names from Fill Easy's own playground (docs/api-facts.md §1.1, §2); shapes where the
 * public docs are silent from docs/sandbox-contract.md. Server validation, the sandbox's
 * handler table, the editor's JSON Schemas and /openapi.json are all generated from this list.
 */
import { INITIATION_IDS, UNDOCUMENTED, type EndpointSpec } from './endpoint.ts';
import {
  authCode,
  EXAMPLE_TOKEN,
  formData,
  hexHash,
  hkicHash,
  lang,
  pdfHash,
  profileFields,
  redirect,
  redirectAlias,
  redirectOrAlias,
  notRedirectAndAlias,
  scope,
  source,
  text,
  token,
} from './fields.ts';
import { initiated, pollPending, pollSuccess, responsesFor } from './responses.ts';
import { ENDPOINT_ANSWERS } from './answers.ts';
import {
  EXAMPLE_HEX_HASH,
  HASH_SIGNING_EXAMPLE,
  HASH_SIGNING_FIELDS,
  PDF_SIGNING_EXAMPLE,
  PDF_SIGNING_SERVICE,
  SIGNING_ENDS,
} from './signing-fields.ts';
import type { JsonSchema } from './json-schema.ts';

const EXAMPLE_REDIRECT = 'https://www.yourwebsite.com/callback';

function body(properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false, ...extra };
}

const ANDROID_ACTIVITY =
  "Android activity class to return to, for source android (the docs call it required; the key name is the sandbox's own, so it is optional here).";
const ANDROID_ONLY = { unlessSource: ['android'], reason: 'only source android returns to an Android activity' } as const;

/** Fields every anonymous initiation shares: it starts its own login, so it names the redirect. */
const anonymousBase = { source, lang, redirect, redirectURI: redirectAlias, scope };

export const ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: 'auth',
    method: 'POST',
    path: '/iamsmart/v2/request/auth',
    group: 'authenticated',
    title: 'Authentication',
    summary: 'Start an iAM Smart login; returns a token and the QR page or app link.',
    description:
      'Starts iAM Smart login. Browser sources get the URL of the iAM Smart QR page; the user scans it with the app, approves, and the browser is sent to `redirect`. ' +
      'App sources get a deep link that opens iAM Smart on the same phone; iAM Smart then hands an authorisation `code` to your redirect, which your app passes to Poll Data. ' +
      'Keep the `token`: poll with it, and once the user has approved, use it for Form Filling, Signing, PDF Signing and Re-authentication. ' +
      'Ask for every scope you will chain (e.g. `eidapi_auth eidapi_formFilling eidapi_sign`) now: a later call whose scope was not granted gets 400 D20012. ' +
      "The approved login lasts 4 hours; chained operations act for the person who logged in and reuse this request's `redirect` and `lang`. " +
      'Send `redirect` or its alias `redirectURI`, not both (400).',
    request: body({ source, lang, redirect, redirectURI: redirectAlias, scope }, ['source'], {
      allOf: [redirectOrAlias, notRedirectAndAlias],
    }),
    requestIn: 'body',
    example: { source: 'PC_Browser', lang: 'en-US', redirect: EXAMPLE_REDIRECT, scope: 'eidapi_auth eidapi_formFilling eidapi_sign' },
    responses: responsesFor(ENDPOINT_ANSWERS['auth'], {
      200: {
        description: 'Authentication request successfully initialised. Store the token for subsequent API calls.',
        schema: initiated({ url: 'always', hkic: false }),
      },
    }),
    defaultScope: 'eidapi_auth',
    deepLink: 'auth',
    outcomes: { rejected: 'D40001', cancelled: 'D40000', timedOut: 'D40003' },
  },
  {
    id: 'formfilling',
    method: 'POST',
    path: '/iamsmart/v2/request/formfilling',
    group: 'authenticated',
    title: 'Form Filling',
    summary: 'Ask a logged-in user for profile and e-ME form data.',
    description:
      'Requests personal data from a user who has already logged in (the approved Authentication token). The user confirms on the phone; poll with the returned token. ' +
      'Ask for `profileFields` (idNo, enName, chName, birthDate, gender) and/or an e-ME `formData` with its `formFields`. ' +
      'Needs `eidapi_formFilling` or `eidapi_profiles` granted at login. App sources also get a deep link `url`. ' +
      'Fields the person has no value for are left out of the result (sandbox).',
    request: body({ token: token('The authenticated user token from the Authentication workflow.'), source, profileFields, formData }, [
      'token',
      'source',
    ]),
    requestIn: 'body',
    example: {
      token: EXAMPLE_TOKEN,
      source: 'PC_Browser',
      profileFields: ['idNo', 'enName', 'chName'],
      formData: {
        formName: 'Sample Application Form',
        formNum: 'SAF-001',
        formDesc: 'Apply for a sample service',
        formFields: ['mobileNumber', 'emailAddress', 'residentialAddress'],
      },
    },
    responses: responsesFor(ENDPOINT_ANSWERS['formfilling'], {
      200: {
        description: 'Form filling request successfully initialised. Poll with the returned token to retrieve form data when ready.',
        schema: initiated({ url: 'app', hkic: false }),
      },
    }),
    tokenFrom: { endpoints: ['auth'], approved: true, scopesAnyOf: ['eidapi_formFilling', 'eidapi_profiles'] },
    deepLink: 'profile',
    outcomes: { rejected: 'D60001', cancelled: 'D60000', timedOut: 'D60003' },
  },
  {
    id: 'signing',
    method: 'POST',
    path: '/iamsmart/v2/request/signing',
    group: 'authenticated',
    title: 'Signing',
    summary: 'Ask a logged-in user to sign a document hash.',
    description:
      'Asks the logged-in user to sign the SHA-256 `hash` of a document. The response carries `hkic`, a 4-digit identification code: show it to the user, who checks the app shows the same digits before signing. ' +
      "The result holds the signature (SHA256withRSA over the hash) and the signer's certificate. Needs `eidapi_sign` granted at login. " +
      'Sandbox encoding: `signature` is Base64 of an RSASSA-PKCS1-v1_5 SHA-256 signature over the 32 bytes of the hex hash, `cert` a PEM certificate from the sandbox test CA, `timestamp` epoch ms; ' +
      "verify with crypto.verify('sha256', Buffer.from(hashCode, 'hex'), cert, Buffer.from(signature, 'base64')).",
    request: body(
      {
        token: token('The authenticated user token from the Authentication workflow.'),
        source,
        name: HASH_SIGNING_FIELDS.name,
        hash: hexHash,
        service: HASH_SIGNING_FIELDS.service,
        organisation: HASH_SIGNING_FIELDS.organisation,
      },
      ['token', 'source', 'name', 'hash'],
    ),
    requestIn: 'body',
    example: {
      token: EXAMPLE_TOKEN,
      source: 'PC_Browser',
      name: HASH_SIGNING_EXAMPLE.name,
      hash: EXAMPLE_HEX_HASH,
      service: HASH_SIGNING_EXAMPLE.service,
      organisation: HASH_SIGNING_EXAMPLE.organisation,
    },
    responses: responsesFor(ENDPOINT_ANSWERS['signing'], {
      200: {
        description: 'Signing request successfully initialised. Poll with the returned token to get signature results.',
        schema: initiated({ url: 'app', hkic: true }),
      },
    }),
    tokenFrom: { endpoints: ['auth'], approved: true, scopesAnyOf: ['eidapi_sign'] },
    ...SIGNING_ENDS,
  },
  {
    id: 'pdf-signing',
    method: 'POST',
    path: '/iamsmart/v2/request/pdf-signing',
    group: 'authenticated',
    title: 'PDF Signing',
    summary: 'Ask a logged-in user to sign a PDF by its Base64 hash.',
    description:
      'Asks the logged-in user to sign a PDF, identified by the Base64 SHA-256 `fileHash` of its prepared byte range. The response carries the 4-digit `hkic` code; ' +
      "the result holds a detached CMS (PKCS#7) `pdfSignature` to place in the PDF's signature field. With `hkicHash`, only the person with that HKID can sign (else D70005). Needs `eidapi_sign`. " +
      'Sandbox encoding: `pdfSignature` is Base64 DER of a ContentInfo(SignedData) with no encapsulated content, whose signed messageDigest attribute is `fileHash`; `cert` is PEM.',
    request: body(
      {
        token: token('The authenticated user token from the Authentication workflow.'),
        source,
        name: text('Document name displayed to the user.', PDF_SIGNING_EXAMPLE.name, 200),
        fileHash: pdfHash,
        service: PDF_SIGNING_SERVICE,
        hkicHash,
        department: text('Department name displayed to the user (optional).', 'Legal Department', 200),
      },
      ['token', 'source', 'name', 'fileHash', 'service'],
    ),
    requestIn: 'body',
    example: {
      token: EXAMPLE_TOKEN,
      source: 'PC_Browser',
      ...PDF_SIGNING_EXAMPLE,
      department: 'Legal Department',
    },
    responses: responsesFor(ENDPOINT_ANSWERS['pdf-signing'], {
      200: {
        description: 'PDF signing request successfully initialised. Poll with the returned token to retrieve the signature when ready.',
        schema: initiated({ url: 'app', hkic: true }),
      },
    }),
    tokenFrom: { endpoints: ['auth'], approved: true, scopesAnyOf: ['eidapi_sign'] },
    ...SIGNING_ENDS,
  },
  {
    id: 'reauth',
    method: 'POST',
    path: '/iamsmart/v2/request/reauth',
    group: 'authenticated',
    title: 'Re-authentication',
    summary: 'Ask a logged-in user to confirm it is still them.',
    description:
      'Re-validates a user who logged in earlier (step-up): the user confirms on the phone again. Returns a token to poll and the QR page or app link. ' +
      'The result carries a fresh `iAMSMART` object for the same `openID`.',
    request: body({ token: token('The authenticated user token to re-validate.'), source }, ['token', 'source']),
    requestIn: 'body',
    example: { token: EXAMPLE_TOKEN, source: 'PC_Browser' },
    responses: responsesFor(ENDPOINT_ANSWERS['reauth'], {
      200: {
        description: 'Re-authentication request successfully initialised. Poll with the returned token to get re-authentication results.',
        schema: initiated({ url: 'always', hkic: false }),
      },
    }),
    tokenFrom: { endpoints: ['auth'], approved: true },
    deepLink: 're-auth',
    outcomes: { rejected: 'D80001', cancelled: 'D80001', timedOut: 'D80003' },
  },
  {
    id: 'ccic',
    method: 'POST',
    path: '/iamsmart/v2/request/ccic',
    group: 'authenticated',
    title: 'CCIC Verification',
    summary: `${UNDOCUMENTED} Asks a logged-in user to confirm a CCIC verification.`,
    description:
      `${UNDOCUMENTED} Fill Easy's own demo lists this endpoint ("CCIC verification request", body \`{ token }\`) but no public document describes it. ` +
      'The sandbox treats it as a chained operation, like Re-authentication: send the approved Authentication token; the user confirms on the phone; poll with the returned token. ' +
      'It answers `{ token, url }` (the QR page, or the deep link for app sources), takes the source of the login unless you send `source`, ' +
      'ends with D40001 (rejected), D40000 (cancelled) or D40003 (timed out), and its result is `{ ccic: { openID, isPassed, timestamp }, businessID }` (schema CcicResult).',
    request: body(
      {
        token: token('The authenticated user token from the Authentication workflow.'),
        source: { ...source, description: `${source.description} Optional here: defaults to the source of the login.` },
      },
      ['token'],
    ),
    requestIn: 'body',
    example: { token: EXAMPLE_TOKEN },
    responses: responsesFor(ENDPOINT_ANSWERS['ccic'], {
      200: {
        description: `CCIC verification request initialised (${UNDOCUMENTED.toLowerCase().replace(/\.$/, '')}). Poll with the returned token.`,
        schema: initiated({ url: 'always', hkic: false }),
      },
    }),
    tokenFrom: { endpoints: ['auth'], approved: true },
    deepLink: 're-auth',
    outcomes: { rejected: 'D40001', cancelled: 'D40000', timedOut: 'D40003' },
    undocumented: true,
  },
  {
    id: 'poll',
    method: 'POST',
    path: '/iamsmart/v2/callback/client',
    group: 'results',
    title: 'Poll Data',
    summary: 'Poll with a token until the result (a JWE) arrives.',
    description:
      'Short-poll with the token of any initiation until the user has acted. 202 while pending; 200 with the result as a compact JWE in `data`; 403 when the user rejected or cancelled; ' +
      '410 when the request expired or the data is gone. The result is deleted at the first successful poll, and 18 minutes after it was created in any case: poll again and you get 410. ' +
      'App-to-App flows must send the `code` the app received on its redirect: without it 400, a wrong or expired one (codes live 120 s by default) 401 with D40004. ' +
      'Once the data is gone the token answers 410 until it expires (23 minutes after issue; 4 hours for an auth token), then 401.',
    request: body({ token: token('The token returned by any initiation endpoint.'), code: authCode }, ['token']),
    requestIn: 'body',
    example: { token: EXAMPLE_TOKEN },
    responses: responsesFor(ENDPOINT_ANSWERS['poll'], {
      200: { description: 'Success: the final result with personal information, encoded in a JWE token.', schema: pollSuccess },
      202: { description: 'Result pending: the user has not completed the action. Poll again.', schema: pollPending },
    }),
    tokenFrom: { endpoints: 'any-initiation', approved: false },
  },
  {
    id: 'formfilling-anonymous',
    method: 'POST',
    path: '/iamsmart/v2/request/formfilling-anonymous',
    group: 'anonymous',
    title: 'Anonymous Form Filling',
    summary: 'Get form data in one step, without a prior login.',
    description:
      "One step, no prior login: send the user to `url`, they approve on the phone, then poll with the token. The result carries the form data and the user's `iAMSMART` login object. " +
      'For `source: android` the docs ask for the Android activity to return to; its real key name is not public, so the sandbox takes it as an optional `androidActivity` (its own name) and never requires it.',
    request: body(
      {
        ...anonymousBase,
        profileFields,
        formData,
        androidActivity: { ...text(ANDROID_ACTIVITY, 'com.filleasy.app.MainActivity', 255), 'x-ignored': ANDROID_ONLY },
        androidActivityParams: {
          type: 'object',
          description: 'Additional activity parameters (optional, android only). Key name chosen by the sandbox, like androidActivity.',
          additionalProperties: { type: 'string', maxLength: 512 },
          'x-ignored': ANDROID_ONLY,
        },
      },
      ['source'],
      { allOf: [redirectOrAlias, notRedirectAndAlias] },
    ),
    requestIn: 'body',
    example: {
      source: 'PC_Browser',
      lang: 'en-US',
      redirect: EXAMPLE_REDIRECT,
      scope: 'eidapi_auth eidapi_formFilling',
      formData: {
        formName: 'Sample Application Form',
        formNum: 'SAF-001',
        formDesc: 'Apply for a sample service',
        formFields: ['enName', 'chName', 'mobileNumber', 'emailAddress'],
      },
    },
    responses: responsesFor(ENDPOINT_ANSWERS['formfilling-anonymous'], {
      200: {
        description: 'Anonymous form filling request successfully initialised. Redirect the user to the URL, then poll with the token.',
        schema: initiated({ url: 'always', hkic: false }),
      },
    }),
    defaultScope: 'eidapi_formFilling',
    deepLink: 'profile',
    outcomes: { rejected: 'D60001', cancelled: 'D60000', timedOut: 'D60003' },
  },
  {
    id: 'signing-anonymous',
    method: 'POST',
    path: '/iamsmart/v2/request/signing-anonymous',
    group: 'anonymous',
    title: 'Anonymous Signing',
    summary: 'Sign a document hash in one step, without a prior login.',
    description:
      'One step, no prior login: the user opens `url`, checks the 4-digit `hkic` code, and signs the SHA-256 `fileHash` (64 hex here, despite the name). ' +
      'With `hkicHash`, only the person with that HKID can sign; anyone else ends the request with D70005.',
    request: body(
      {
        ...anonymousBase,
        name: HASH_SIGNING_FIELDS.name,
        fileHash: { ...hexHash, description: 'SHA-256 hash of the document (64 lower-case hex characters).' },
        hkicHash,
        service: HASH_SIGNING_FIELDS.service,
        organisation: HASH_SIGNING_FIELDS.organisation,
      },
      ['source', 'name', 'fileHash'],
      { allOf: [redirectOrAlias, notRedirectAndAlias] },
    ),
    requestIn: 'body',
    example: {
      source: 'PC_Browser',
      lang: 'en-US',
      redirect: EXAMPLE_REDIRECT,
      name: HASH_SIGNING_EXAMPLE.name,
      fileHash: EXAMPLE_HEX_HASH,
      service: HASH_SIGNING_EXAMPLE.service,
      organisation: HASH_SIGNING_EXAMPLE.organisation,
    },
    responses: responsesFor(ENDPOINT_ANSWERS['signing-anonymous'], {
      200: {
        description: 'Anonymous signing request successfully initialised. Redirect the user to the URL, then poll with the token.',
        schema: initiated({ url: 'always', hkic: true }),
      },
    }),
    defaultScope: 'eidapi_sign',
    ...SIGNING_ENDS,
  },
  {
    id: 'pdf-signing-anonymous',
    method: 'POST',
    path: '/iamsmart/v2/request/pdf-signing-anonymous',
    group: 'anonymous',
    title: 'Anonymous PDF Signing',
    summary: 'Sign a PDF by its Base64 hash in one step, without a prior login.',
    description:
      'One step, no prior login: the user opens `url`, checks the 4-digit `hkic` code and signs the PDF identified by its Base64 `fileHash`. ' +
      "The result holds a detached CMS `pdfSignature` and the signer's certificate.",
    request: body(
      {
        ...anonymousBase,
        name: text('PDF document title displayed to the user.', PDF_SIGNING_EXAMPLE.name, 200),
        fileHash: pdfHash,
        service: PDF_SIGNING_SERVICE,
        hkicHash,
      },
      ['source', 'name', 'fileHash', 'service'],
      { allOf: [redirectOrAlias, notRedirectAndAlias] },
    ),
    requestIn: 'body',
    example: {
      source: 'PC_Browser',
      lang: 'en-US',
      redirect: EXAMPLE_REDIRECT,
      ...PDF_SIGNING_EXAMPLE,
    },
    responses: responsesFor(ENDPOINT_ANSWERS['pdf-signing-anonymous'], {
      200: { description: 'Successfully initiated anonymous PDF signing request.', schema: initiated({ url: 'always', hkic: true }) },
    }),
    defaultScope: 'eidapi_sign',
    ...SIGNING_ENDS,
  },
  {
    id: 'callback',
    method: 'GET',
    path: '/iamsmart/v2/callback/redirect',
    group: 'results',
    title: 'Callback',
    summary: 'Where iAM Smart sends the user after they act; redirects to your app.',
    description:
      "Called by the user's browser or app (not by your server) after the user acts in iAM Smart. Redirects (302) to the transaction's registered `redirect`, adding `service`, `state`, " +
      '`businessID` (not for auth) and `code` on success or `errorCode` on failure. Only the redirect registered for that transaction is ever a target. ' +
      'The real path is not public; the sandbox serves it at this path. A `state`, `code`, `errorCode` or `businessID` that does not match a live transaction is a 400.',
    request: {
      type: 'object',
      properties: {
        service: {
          type: 'string',
          enum: INITIATION_IDS,
          description: 'The iAM Smart service type.',
          'x-explain': 'enum',
        },
        code: {
          type: 'string',
          pattern: '^[a-f0-9]{32}$',
          patternErrorMessage: 'must be 32 lower-case hex characters',
          description: 'Authorisation code from iAM Smart (present on success).',
        },
        errorCode: {
          type: 'string',
          pattern: '^D\\d{5}$',
          patternErrorMessage: 'must be an iAM Smart code: D and five digits',
          description: 'Error code from iAM Smart (present on failure or rejection).',
        },
        state: {
          type: 'string',
          pattern: '^[A-Za-z0-9]{36}$',
          patternErrorMessage: 'must be the 36-character state the request was issued with',
          description: 'State parameter used to match the request.',
        },
        businessID: {
          type: 'string',
          pattern: '^[A-Za-z0-9]{36}$',
          patternErrorMessage: 'must be the 36-character businessID of the request',
          description: 'Business ID of the transaction. Not sent when service is auth.',
        },
        source: { ...source, description: 'Source platform (optional).' },
      },
      required: ['service', 'state'],
      additionalProperties: false,
      anyOf: [{ required: ['code'] }, { required: ['errorCode'] }],
      errorMessage: 'either code (success) or errorCode (failure) is required',
    },
    requestIn: 'query',
    example: { service: 'auth', code: 'a51c81dce74743359c0a1d639369311f', state: '9boB90uhibYcO3FdPp8fWFLmOOCmTVGUH4Ld' },
    responses: responsesFor(ENDPOINT_ANSWERS['callback'], {
      302: { description: "Redirect to the client application's registered redirect." },
    }),
  },
];
