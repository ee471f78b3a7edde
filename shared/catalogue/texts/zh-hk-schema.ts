/** 繁體中文（香港）: field descriptions and rule messages of the request schemas, keyed by their English. */
import type { SchemaTexts } from './catalogue-texts.ts';

const SOURCE =
  '裝置平台及瀏覽器的組合。瀏覽器來源會以 `url` 取得「智方便」二維碼頁面；' +
  '應用程式來源（`android`、`iOS`、`App_Scheme`、`App_Link`、`App_Package`）會取得深層連結，輪詢時必須傳送應用程式的 `code`。';

export const ZH_HK_SCHEMA: SchemaTexts = {
  "The device platform and browser combination. Browser sources get the iAM Smart QR page as `url`; app sources (`android`, `iOS`, `App_Scheme`, `App_Link`, `App_Package`) get a deep link and must send the app's `code` when polling.":
    SOURCE,
  "The device platform and browser combination. Browser sources get the iAM Smart QR page as `url`; app sources (`android`, `iOS`, `App_Scheme`, `App_Link`, `App_Package`) get a deep link and must send the app's `code` when polling. Optional here: defaults to the source of the login.": `${SOURCE}此處可選：預設沿用登入時的來源。`,
  "iAM Smart app display language (case sensitive). Defaults to 'en-US' if not specified.":
    "「智方便」應用程式的顯示語言（區分大小寫）。未指定時預設為 'en-US'。",
  'Redirect URI after user authorisation. Browser: an https URL of your website registered for your client. Mobile: a universal link or app scheme (`your-app://auth`). Must match a registered redirect exactly.':
    '用戶授權後的重新導向 URI。瀏覽器：你的網站為此客戶端登記的 https 網址。流動裝置：通用連結或應用程式協定（`your-app://auth`）。必須與已登記的重新導向網址完全相同。',
  'must be an absolute URI with a scheme, e.g. https://www.yourwebsite.com/callback':
    '必須是帶協定的絕對 URI，例如 https://www.yourwebsite.com/callback',
  'Alias of `redirect` (the docs call it redirectURI). Send one of the two, not both.':
    '`redirect` 的別名（文件稱之為 redirectURI）。兩者擇一傳送，不可同時傳送。',
  'Requested scopes, space-separated. Needed only when operations are chained (auth + form filling, auth + signing); by default the scope the operation needs. Valid scopes: eidapi_auth, eidapi_profiles, eidapi_formFilling, eidapi_sign, eidapi_fr, eidapi_bulksign.':
    '要求的授權範圍，以空格分隔。只在串連操作時需要（身份認證 + 填表、身份認證 + 簽署）；預設為該操作所需的範圍。有效範圍：eidapi_auth、eidapi_profiles、eidapi_formFilling、eidapi_sign、eidapi_fr、eidapi_bulksign。',
  'must be space-separated scopes from: eidapi_auth, eidapi_profiles, eidapi_formFilling, eidapi_sign, eidapi_fr, eidapi_bulksign':
    '必須是以空格分隔的授權範圍，取自：eidapi_auth、eidapi_profiles、eidapi_formFilling、eidapi_sign、eidapi_fr、eidapi_bulksign',
  'redirect is required: the URI iAM Smart sends the user back to (e.g. https://www.yourwebsite.com/callback)':
    '必須提供 redirect：即「智方便」把用戶送回的 URI（例如 https://www.yourwebsite.com/callback）',
  'send redirect or its alias redirectURI, not both': '請傳送 redirect 或其別名 redirectURI，不可兩者同時傳送',
  'The authenticated user token from the Authentication workflow.': '身份認證流程中已認證用戶的權杖。',
  'must be a compact JWT: three Base64url parts separated by two dots (header.payload.signature)':
    '必須是緊湊 JWT：三段 Base64url，以兩個點分隔（header.payload.signature）',
  'Profile fields to request (scope eidapi_profiles).': '要索取的個人資料欄位（授權範圍 eidapi_profiles）。',
  'The e-ME form to fill: its name, number, description and the fields to request.':
    '要填寫的「填表通」表格：其名稱、編號、說明及要索取的欄位。',
  'Form name shown to the user.': '向用戶顯示的表格名稱。',
  'Form number.': '表格編號。',
  'Form description shown to the user.': '向用戶顯示的表格說明。',
  'e-ME fields to request.': '要索取的「填表通」欄位。',
  'Document title displayed to the user.': '向用戶顯示的文件標題。',
  "SHA-256 hash of the document file's content (64 lower-case hex characters).": '文件檔案內容的 SHA-256 雜湊值（64 個小寫十六進制字元）。',
  'must be a SHA-256 digest as 64 lower-case hex characters (0-9, a-f)': '必須是以 64 個小寫十六進制字元（0-9、a-f）表示的 SHA-256 摘要',
  'Service description displayed to the user.': '向用戶顯示的服務說明。',
  'Organisation name displayed to the user.': '向用戶顯示的機構名稱。',
  'Document name displayed to the user.': '向用戶顯示的文件名稱。',
  'Base64-encoded SHA-256 hash of the PDF file (44 characters, 32 bytes).':
    'PDF 檔案的 SHA-256 雜湊值，以 Base64 編碼（44 個字元，32 個位元組）。',
  'must be the Base64 (standard alphabet, padded) of a 32-byte SHA-256 digest: 44 characters ending in =':
    '必須是 32 位元組 SHA-256 摘要的 Base64（標準字母表，含填充）：44 個字元，以 = 結尾',
  'SHA-256 of the HKID without its check digit (e.g. of "G996963"), as 64 lower-case hex or Base64. When given, only the person with that HKID can sign (otherwise D70005).':
    '不含檢查碼的香港身份證號碼（例如 "G996963"）的 SHA-256，以 64 個小寫十六進制字元或 Base64 表示。提供時，只有持該身份證的人可以簽署（否則 D70005）。',
  'must be a SHA-256 digest: 64 lower-case hex characters, or 44 Base64 characters':
    '必須是 SHA-256 摘要：64 個小寫十六進制字元，或 44 個 Base64 字元',
  'Department name displayed to the user (optional).': '向用戶顯示的部門名稱（可選）。',
  'The authenticated user token to re-validate.': '要再次核實的已認證用戶權杖。',
  'The token returned by any initiation endpoint.': '任何發起端點回傳的權杖。',
  "Authorisation code the iAM Smart app handed to your redirect. Required for App-to-App flows; for browser flows it is ignored (the sandbox says so in `x-sandbox-warnings`). Any string: a code that is not the app's is a 401 D40004, never a 400.":
    '「智方便」應用程式交給你的重新導向網址的授權碼。應用程式對應用程式的流程必須提供；瀏覽器流程會忽略它（沙盒會在 `x-sandbox-warnings` 說明）。任何字串皆可：不是該應用程式的授權碼會得到 401 D40004，而不是 400。',
  'only App-to-App flows are released by their code; browser flows need none':
    '只有應用程式對應用程式的流程要憑授權碼取得結果；瀏覽器流程毋須授權碼',
  "Android activity class to return to, for source android (the docs call it required; the key name is the sandbox's own, so it is optional here).":
    '來源為 android 時要返回的 Android activity 類別（文件說必須提供；此鍵名是沙盒自訂的，所以這裏是可選）。',
  'only source android returns to an Android activity': '只有來源 android 會返回 Android activity',
  'Additional activity parameters (optional, android only). Key name chosen by the sandbox, like androidActivity.':
    '額外的 activity 參數（可選，只限 android）。鍵名由沙盒自訂，與 androidActivity 相同。',
  'SHA-256 hash of the document (64 lower-case hex characters).': '文件的 SHA-256 雜湊值（64 個小寫十六進制字元）。',
  'PDF document title displayed to the user.': '向用戶顯示的 PDF 文件標題。',
  'either code (success) or errorCode (failure) is required': '必須提供 code（成功）或 errorCode（失敗）其中之一',
  'The iAM Smart service type.': '「智方便」的服務類別。',
  'Authorisation code from iAM Smart (present on success).': '「智方便」發出的授權碼（成功時提供）。',
  'must be 32 lower-case hex characters': '必須是 32 個小寫十六進制字元',
  'Error code from iAM Smart (present on failure or rejection).': '「智方便」發出的錯誤代碼（失敗或被拒絕時提供）。',
  'must be an iAM Smart code: D and five digits': '必須是「智方便」代碼：D 加五位數字',
  'State parameter used to match the request.': '用來配對請求的 state 參數。',
  'must be the 36-character state the request was issued with': '必須是發出請求時的 36 個字元 state',
  'Business ID of the transaction. Not sent when service is auth.': '交易的業務編號。service 為 auth 時不會傳送。',
  'must be the 36-character businessID of the request': '必須是該請求的 36 個字元 businessID',
  'Source platform (optional).': '來源平台（可選）。',
};
