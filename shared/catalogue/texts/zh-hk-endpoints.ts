/** 繁體中文（香港）: each endpoint's title, summary, description and success meanings. Branding: docs/translation.md. */
import type { CatalogueTranslation } from './catalogue-texts.ts';

const UNDOCUMENTED = 'Fill Easy 的公開文件未有說明；行為由沙盒決定。';

export const ZH_HK_ENDPOINTS: CatalogueTranslation['endpoints'] = {
  auth: {
    title: '身份認證',
    summary: '發起「智方便」登入；回傳權杖，以及二維碼頁面或應用程式連結。',
    description:
      '發起「智方便」登入。瀏覽器來源會取得「智方便」二維碼頁面的網址；用戶以流動應用程式掃描、確認後，瀏覽器會被導向 `redirect`。' +
      '應用程式來源會取得深層連結，在同一部手機上開啟「智方便」；「智方便」隨後把授權碼 `code` 交給你的重新導向網址，由你的應用程式傳給「輪詢資料」。' +
      '請保留 `token`：用它輪詢；用戶確認後，亦用它進行填表、簽署、PDF 簽署及重新認證。' +
      '現在就要求所有會串連使用的授權範圍（例如 `eidapi_auth eidapi_formFilling eidapi_sign`）：之後的呼叫若所需範圍未獲授權，會得到 400 D20012。' +
      '已確認的登入有效 4 小時；串連的操作代表登入者進行，並沿用此請求的 `redirect` 及 `lang`。' +
      '請傳送 `redirect` 或其別名 `redirectURI`，不可兩者同時傳送（400）。',
    success: { 200: '身份認證請求已成功發起。請保存權杖，供之後的 API 呼叫使用。' },
  },
  formfilling: {
    title: '填表',
    summary: '向已登入的用戶索取個人資料及「填表通」表格資料。',
    description:
      '向已登入的用戶（已確認的身份認證權杖）索取個人資料。用戶在手機上確認；請以回傳的權杖輪詢。' +
      '可要求 `profileFields`（idNo、enName、chName、birthDate、gender）及／或連同 `formFields` 的「填表通」`formData`。' +
      '登入時須已獲授權 `eidapi_formFilling` 或 `eidapi_profiles`。應用程式來源亦會取得深層連結 `url`。' +
      '用戶沒有資料的欄位不會出現在結果中（沙盒）。',
    success: { 200: '填表請求已成功發起。請以回傳的權杖輪詢，在資料備妥時取得表格資料。' },
  },
  signing: {
    title: '簽署',
    summary: '請已登入的用戶簽署文件雜湊值。',
    description:
      '請已登入的用戶簽署文件的 SHA-256 `hash`。回應帶有 `hkic`，即 4 位數字識別碼：請向用戶顯示，用戶簽署前會核對應用程式顯示的數字是否相同。' +
      '結果包含簽署（以 SHA256withRSA 簽署雜湊值）及簽署人的證書。登入時須已獲授權 `eidapi_sign`。' +
      '沙盒的編碼：`signature` 是以 RSASSA-PKCS1-v1_5 SHA-256 對十六進制雜湊值的 32 個位元組所作簽署的 Base64，`cert` 是沙盒測試核證機關發出的 PEM 證書，`timestamp` 是以毫秒計的紀元時間；' +
      "可用 crypto.verify('sha256', Buffer.from(hashCode, 'hex'), cert, Buffer.from(signature, 'base64')) 驗證。",
    success: { 200: '簽署請求已成功發起。請以回傳的權杖輪詢，取得簽署結果。' },
  },
  'pdf-signing': {
    title: 'PDF 簽署',
    summary: '請已登入的用戶以 Base64 雜湊值簽署 PDF。',
    description:
      '請已登入的用戶簽署 PDF；PDF 以其預備位元組範圍的 Base64 SHA-256 `fileHash` 識別。回應帶有 4 位數字識別碼 `hkic`；' +
      '結果包含分離式 CMS（PKCS#7）`pdfSignature`，供放入 PDF 的簽署欄位。若提供 `hkicHash`，只有持該香港身份證的人可以簽署（否則 D70005）。須已獲授權 `eidapi_sign`。' +
      '沙盒的編碼：`pdfSignature` 是不含封裝內容的 ContentInfo(SignedData) 的 Base64 DER，其已簽署的 messageDigest 屬性即 `fileHash`；`cert` 為 PEM。',
    success: { 200: 'PDF 簽署請求已成功發起。請以回傳的權杖輪詢，在簽署備妥時取得。' },
  },
  reauth: {
    title: '重新認證',
    summary: '請已登入的用戶確認仍是本人。',
    description:
      '再次核實較早前已登入的用戶（加強認證）：用戶再在手機上確認一次。回傳供輪詢的權杖，以及二維碼頁面或應用程式連結。' +
      '結果帶有同一 `openID` 的新 `iAMSMART` 物件。',
    success: { 200: '重新認證請求已成功發起。請以回傳的權杖輪詢，取得重新認證結果。' },
  },
  ccic: {
    title: 'CCIC 核實',
    summary: `${UNDOCUMENTED}請已登入的用戶確認 CCIC 核實。`,
    description:
      `${UNDOCUMENTED}Fill Easy 自家的示範列出此端點（"CCIC verification request"，主體 \`{ token }\`），但沒有公開文件說明。` +
      '沙盒把它當作串連操作，與重新認證相同：傳送已確認的身份認證權杖；用戶在手機上確認；再以回傳的權杖輪詢。' +
      '回應為 `{ token, url }`（二維碼頁面，應用程式來源則為深層連結）；除非你傳送 `source`，否則沿用登入時的來源；' +
      '以 D40001（拒絕）、D40000（取消）或 D40003（逾時）結束；結果為 `{ ccic: { openID, isPassed, timestamp }, businessID }`（結構 CcicResult）。',
    success: { 200: `CCIC 核實請求已發起（${UNDOCUMENTED.replace(/。$/, '')}）。請以回傳的權杖輪詢。` },
  },
  poll: {
    title: '輪詢資料',
    summary: '以權杖輪詢，直至結果（JWE）送達。',
    description:
      '以任何發起請求的權杖短輪詢，直至用戶完成操作。等候期間回應 202；成功時回應 200，結果以緊湊 JWE 放在 `data`；用戶拒絕或取消時回應 403；' +
      '請求逾時或資料已刪除時回應 410。結果在首次成功輪詢後即刪除，無論如何亦會在產生後 18 分鐘刪除：之後再輪詢會得到 410。' +
      '應用程式對應用程式的流程必須傳送應用程式在重新導向時收到的 `code`：缺少會得到 400；錯誤或已過期的（預設有效 120 秒）會得到 401 及 D40004。' +
      '資料刪除後，權杖會一直回應 410，直至權杖過期（發出後 23 分鐘；身份認證權杖為 4 小時），之後回應 401。',
    success: {
      200: '成功：最終結果連同個人資料，以 JWE 權杖編碼。',
      202: '結果待定：用戶尚未完成操作。請再輪詢。',
    },
  },
  'formfilling-anonymous': {
    title: '匿名填表',
    summary: '一步取得表格資料，毋須先登入。',
    description:
      '一步完成，毋須先登入：把用戶帶到 `url`，用戶在手機上確認，然後以權杖輪詢。結果包含表格資料及用戶的 `iAMSMART` 登入物件。' +
      '來源為 `source: android` 時，文件要求提供要返回的 Android activity；其真正的鍵名並未公開，所以沙盒以可選的 `androidActivity`（沙盒自訂的名稱）接收，且從不強制要求。',
    success: { 200: '匿名填表請求已成功發起。請把用戶導向該網址，然後以權杖輪詢。' },
  },
  'signing-anonymous': {
    title: '匿名簽署',
    summary: '一步簽署文件雜湊值，毋須先登入。',
    description:
      '一步完成，毋須先登入：用戶開啟 `url`，核對 4 位數字識別碼 `hkic`，然後簽署 SHA-256 `fileHash`（雖然名稱如此，這裏是 64 個十六進制字元）。' +
      '若提供 `hkicHash`，只有持該香港身份證的人可以簽署；其他人簽署會令請求以 D70005 結束。',
    success: { 200: '匿名簽署請求已成功發起。請把用戶導向該網址，然後以權杖輪詢。' },
  },
  'pdf-signing-anonymous': {
    title: '匿名 PDF 簽署',
    summary: '一步以 Base64 雜湊值簽署 PDF，毋須先登入。',
    description:
      '一步完成，毋須先登入：用戶開啟 `url`，核對 4 位數字識別碼 `hkic`，然後簽署以 Base64 `fileHash` 識別的 PDF。' +
      '結果包含分離式 CMS `pdfSignature` 及簽署人的證書。',
    success: { 200: '已成功發起匿名 PDF 簽署請求。' },
  },
  callback: {
    title: '回調',
    summary: '用戶操作後「智方便」把用戶送到這裏；再重新導向至你的應用程式。',
    description:
      '由用戶的瀏覽器或應用程式（而非你的伺服器）在用戶於「智方便」操作後呼叫。以 302 重新導向至該交易已登記的 `redirect`，並加上 `service`、`state`、' +
      '`businessID`（身份認證除外），成功時加上 `code`，失敗時加上 `errorCode`。只會導向該交易已登記的重新導向網址。' +
      '真正的路徑並未公開；沙盒在此路徑提供服務。`state`、`code`、`errorCode` 或 `businessID` 與有效交易不符時回應 400。',
    success: { 302: '重新導向至客戶端應用程式已登記的重新導向網址。' },
  },
};
