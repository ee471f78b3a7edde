/**
 * Enumerations and patterns of the Fill Easy iAM Smart API v2, each with where it comes from
 * (keys refer to docs/api-facts.md, the project's research notes).
 */

/** Fill Easy's playground options (FE-PG) plus the official iAM Smart source list (OS Constants.cs, T-CORPID). */
export const BROWSER_SOURCES = [
  'PC_Browser',
  'Mobile_Browser',
  'Android_Chrome',
  'Android_Firefox',
  'Android_Edge',
  'Android_Samsung',
  'Android_Huawei',
  'Android_Xiaomi',
  'iOS_Safari',
  'iOS_Chrome',
  'iOS_Firefox',
  'iOS_Edge',
  'Android_IMS_InAppBrowser',
  'iOS_IMS_InAppBrowser',
] as const;

/** App-to-App sources: the result is released only to a poll carrying the app's `code` (docs/sandbox-contract.md §6). */
export const APP_SOURCES = ['android', 'iOS', 'App_Scheme', 'App_Link', 'App_Package'] as const;

export const SOURCES = [...BROWSER_SOURCES, ...APP_SOURCES] as const;
export type Source = (typeof SOURCES)[number];

export function isAppSource(source: string): boolean {
  return (APP_SOURCES as readonly string[]).includes(source);
}

/**
 * Browsers on the phone that has iAM Smart (every browser source but PC_Browser): a same-device
 * journey, so the sandbox shows a page with an "Open iAM Smart" link instead of a QR code to scan
 * with that same phone (the official broker page, docs/api-facts.md §5.2, §5.7).
 */
export function isMobileBrowserSource(source: string): boolean {
  return source !== 'PC_Browser' && (BROWSER_SOURCES as readonly string[]).includes(source);
}

/** iAM Smart app display language, case sensitive, default en-US (FE-DOC2). */
export const LANGS = ['en-US', 'zh-HK', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** Valid scopes (FE-DOC2). */
export const SCOPES = ['eidapi_auth', 'eidapi_profiles', 'eidapi_formFilling', 'eidapi_sign', 'eidapi_fr', 'eidapi_bulksign'] as const;
export type Scope = (typeof SCOPES)[number];

/** The documented scope pattern, verbatim (FE-DOC2). */
export const SCOPE_PATTERN =
  '^(eidapi_auth|eidapi_profiles|eidapi_formFilling|eidapi_sign|eidapi_fr|eidapi_bulksign)(\\s+(eidapi_auth|eidapi_profiles|eidapi_formFilling|eidapi_sign|eidapi_fr|eidapi_bulksign))*$';

/** The documented token pattern: a compact JWS with an optional signature (FE-DOC2). */
export const TOKEN_PATTERN = '^[A-Za-z0-9-_]+\\.[A-Za-z0-9-_]+\\.[A-Za-z0-9-_]*$';

/** SHA-256 as 64 lower-case hex characters (FE-SEED: `^[a-f0-9]{64}$`). */
export const HEX_SHA256_PATTERN = '^[a-f0-9]{64}$';

/** Base64 (standard alphabet, padded) of exactly 32 bytes: a SHA-256 digest (FE-PG example, 44 chars). */
export const BASE64_SHA256_PATTERN = '^[A-Za-z0-9+/]{43}=$';

/** hkicHash: the docs give hex, the official library Base64; the sandbox accepts both (docs/sandbox-contract.md §7). */
export const HKIC_HASH_PATTERN = '^([a-f0-9]{64}|[A-Za-z0-9+/]{43}=)$';

/** A URI with a scheme: https URLs for browsers, `your-app://` for apps (FE-DOC2). */
export const REDIRECT_PATTERN = '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$';

/** Profile fields (OS Constants.cs PROFILE_LIST; FE-PG). */
export const PROFILE_FIELDS = ['idNo', 'enName', 'chName', 'birthDate', 'gender'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** e-ME form-filling fields (OS ReqEMeFieldsDTO.cs), called `formFields` by Fill Easy. */
export const FORM_FIELDS = [
  'enName',
  'chName',
  'idNo',
  'birthDate',
  'gender',
  'prefix',
  'maritalStatus',
  'homeTelNumber',
  'officeTelNumber',
  'mobileNumber',
  'emailAddress',
  'residentialAddress',
  'postalAddress',
  'educationLevel',
  'passportNumber',
  'passportExpiry',
  'propertyOwner',
  'carOwner',
  'employmentStatus',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Longest string any text field accepts; longer is a 400, never a slow path. */
export const MAX_TEXT = 2048;
