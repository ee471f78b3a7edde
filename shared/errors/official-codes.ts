/** Official iAM Smart return codes that the sandbox uses or a partner is likely to meet (docs/api-facts.md §5.10). */
export const OFFICIAL_CODES = {
  D00000: 'Success',
  D20000: 'Unknown exception',
  D20003: 'Illegal parameter',
  D20004: 'Repeated submission',
  D20007: 'Unsupported source',
  D20008: 'Unregistered redirectURI',
  D20009: 'Access token not existing or expired (log in again)',
  D20011: 'Duplicate businessID',
  D20012: 'Insufficient scope',
  D20031: 'QR code not existing or expired',
  D20064: 'Ticket expired',
  D40000: 'User cancelled authorisation',
  D40001: 'User rejected authorisation',
  D40003: 'Authentication timeout',
  D40004: 'AuthCode not existing or expired',
  D40070: 'Language setting error',
  D60000: 'e-ME form filling cancelled',
  D60001: 'e-ME form filling rejected',
  D60003: 'e-ME form filling timeout',
  D70000: 'Signing cancelled',
  D70001: 'Signing rejected',
  D70003: 'Signing timeout',
  D70005: 'Inconsistent HKIC number',
  D80001: 'Re-authentication rejected',
  D80003: 'Re-authentication timeout',
} as const;

export type OfficialCode = keyof typeof OFFICIAL_CODES;

export function describeOfficialCode(code: string): string | undefined {
  return (OFFICIAL_CODES as Record<string, string>)[code];
}
