/**
 * What the four signing endpoints (signing, pdf-signing and their anonymous forms) share, defined
 * once for endpoints.ts: the document and service fields shown to the user, their example values,
 * the app screen they open and how a request ends when the user does not sign. Written out per
 * entry they had drifted apart in nothing yet, but four copies would.
 */
import type { EndpointSpec } from './endpoint.ts';
import { text } from './fields.ts';

/** Opens the app's signing screen; rejected, cancelled and timed out are the signing codes. */
export const SIGNING_ENDS = {
  deepLink: 'hash-sign',
  outcomes: { rejected: 'D70001', cancelled: 'D70000', timedOut: 'D70003' },
} as const satisfies Pick<EndpointSpec, 'deepLink' | 'outcomes'>;

/** Hash signing (signing, signing-anonymous): the documented example values. */
export const HASH_SIGNING_EXAMPLE = {
  name: 'Sample Credit Card Application Form',
  service: 'Digital Signing of Application Form',
  organisation: 'Fill Easy Limited',
} as const;

/** The documented example of a 64-hex SHA-256 document hash. */
export const EXAMPLE_HEX_HASH = 'af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300';

/** Hash signing: the document title, service and organisation the user sees. */
export const HASH_SIGNING_FIELDS = {
  name: text('Document title displayed to the user.', HASH_SIGNING_EXAMPLE.name, 200),
  service: text('Service description displayed to the user.', HASH_SIGNING_EXAMPLE.service, 200),
  organisation: text('Organisation name displayed to the user.', HASH_SIGNING_EXAMPLE.organisation, 200),
};

/** PDF signing (pdf-signing, pdf-signing-anonymous): the documented example values. */
export const PDF_SIGNING_EXAMPLE = {
  name: 'Landsurvey Purchase Form',
  fileHash: 'R3fJTKFPwkRw019fLk+L19y91DVgI9hy/G7u6+YiECk=',
  service: 'Digital PDF Signing Powered by Fill Easy',
} as const;

/** PDF signing: the service the user sees (the document name's wording differs per endpoint in the docs). */
export const PDF_SIGNING_SERVICE = text('Service description displayed to the user.', PDF_SIGNING_EXAMPLE.service, 200);
