/**
 * The names and codes that stay in Latin script in every language (docs/translation.md "Terms"):
 * proper names, protocol and format names. One list for both checks that read Chinese text for
 * English left in it: the unit walk over every text table (web/src/i18n/trilingual-walk.test.ts)
 * and the rendered-page check (e2e/setup/latin-sentences.ts). Longer names come before their
 * prefixes ('iAM Smart+' before 'iAM Smart') because both cut them out in this order.
 */
export const LATIN_TERMS = [
  'iAM Smart+',
  'iAM Smart',
  'Fill Easy',
  'e-ME',
  'HKID',
  'JWE',
  'JWS',
  'JWT',
  'JSON',
  'HTTP',
  'PDF',
  'QR',
  'CMS',
  'PKCS#7',
  'SHA-256',
  'Base64',
  'base64url',
  'URL',
  'Ctrl/Cmd+Enter',
];
