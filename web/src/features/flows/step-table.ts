/**
 * The one step table: for every kind of step a flow can take, which lane it goes from and to in the
 * sequence diagram and the one line that says what happened and why, in the three UI languages.
 * The timeline on the page and its SVG export both read it, so they can never disagree; a key
 * missing in one language, or a new initiation without its line, is a compile error.
 */
import type { InitiationId } from '../../../../shared/catalogue/index.ts';
import type { UiLang } from '../../app/settings-store.ts';

export type Lane = 'browser' | 'server' | 'fillEasy' | 'app';
/** Left to right, in the order a login travels. */
export const LANES: readonly Lane[] = ['browser', 'server', 'fillEasy', 'app'];

export const LANE_NAMES: Record<UiLang, Record<Lane, string>> = {
  'en-US': { browser: 'Browser', server: 'Your server / playground', fillEasy: 'Fill Easy', app: 'iAM Smart app' },
  'zh-HK': { browser: '瀏覽器', server: '你的伺服器／測試平台', fillEasy: 'Fill Easy', app: '「智方便」應用程式' },
  'zh-CN': { browser: '浏览器', server: '你的服务器／测试平台', fillEasy: 'Fill Easy', app: '“智方便”应用' },
};

export type PollKey = 'pending' | 'collected' | 'rejected' | 'cancelled' | 'timed_out' | 'deleted' | 'error';
export type StepKey =
  | `initiation.${InitiationId}`
  | 'refused'
  | 'qr'
  | 'deepLink'
  | 'push'
  | 'phone.approve'
  | 'phone.reject'
  | 'phone.cancel'
  | 'phone.expire'
  | 'phone.failed'
  | 'callback.ok'
  | 'callback.error'
  | 'callback.problems'
  | `poll.${PollKey}`
  | 'control'
  | 'other';

type Row = { from: Lane; to: Lane } & Record<UiLang, string>;

const toFillEasy = { from: 'server', to: 'fillEasy' } as const;
const fromApp = { from: 'app', to: 'fillEasy' } as const;

export const STEP_TABLE: Record<StepKey, Row> = {
  'initiation.auth': {
    ...toFillEasy,
    'en-US': 'Your server asks Fill Easy to start a login; the answer holds the token you poll with and the url the user opens.',
    'zh-HK': '你的伺服器請 Fill Easy 開始登入；回覆附有用來輪詢的 token，以及讓用戶開啟的 url。',
    'zh-CN': '你的服务器请 Fill Easy 开始登录；返回的内容带有用来轮询的 token，以及供用户打开的 url。',
  },
  'initiation.formfilling': {
    ...toFillEasy,
    'en-US': "With the login's token, your server asks for the user's personal data to fill a form; the user is asked in the app.",
    'zh-HK': '你的伺服器以登入所得的 token 請求用戶的個人資料以填寫表格；用戶會在應用程式內確認。',
    'zh-CN': '你的服务器凭登录所得的 token 请求用户的个人资料以填写表格；用户会在应用内确认。',
  },
  'initiation.signing': {
    ...toFillEasy,
    'en-US':
      "With the login's token, your server asks the user to sign a document's SHA-256 hash; the answer holds a 4-digit code to show.",
    'zh-HK': '你的伺服器以登入所得的 token 請用戶簽署文件的 SHA-256 雜湊值；回覆附有要顯示的 4 位數字碼。',
    'zh-CN': '你的服务器凭登录所得的 token 请用户签署文件的 SHA-256 哈希值；返回内容带有要显示的 4 位数字码。',
  },
  'initiation.pdf-signing': {
    ...toFillEasy,
    'en-US': "With the login's token, your server asks the user to sign a PDF by its hash; the answer holds a 4-digit code to show.",
    'zh-HK': '你的伺服器以登入所得的 token 請用戶按雜湊值簽署 PDF；回覆附有要顯示的 4 位數字碼。',
    'zh-CN': '你的服务器凭登录所得的 token 请用户按哈希值签署 PDF；返回内容带有要显示的 4 位数字码。',
  },
  'initiation.reauth': {
    ...toFillEasy,
    'en-US': 'Your server asks the logged-in user to confirm it is still them before a sensitive action.',
    'zh-HK': '你的伺服器在敏感操作前，請已登入的用戶再次確認身分。',
    'zh-CN': '你的服务器在敏感操作前，请已登录的用户再次确认身份。',
  },
  'initiation.ccic': {
    ...toFillEasy,
    'en-US':
      "With the login's token, your server asks the user to confirm a CCIC verification (the sandbox's reading: Fill Easy does not document it).",
    'zh-HK': '你的伺服器以登入所得的 token 請用戶確認 CCIC 驗證（Fill Easy 未有公開說明，此為沙盒的做法）。',
    'zh-CN': '你的服务器凭登录所得的 token 请用户确认 CCIC 验证（Fill Easy 未公开说明，此为沙盒的做法）。',
  },
  'initiation.formfilling-anonymous': {
    ...toFillEasy,
    'en-US': "Without a login, your server asks for the user's personal data; the answer holds the token to poll with and the url to open.",
    'zh-HK': '毋須登入，你的伺服器直接請求用戶的個人資料；回覆附有用來輪詢的 token 和要開啟的 url。',
    'zh-CN': '无需登录，你的服务器直接请求用户的个人资料；返回内容带有用来轮询的 token 和要打开的 url。',
  },
  'initiation.signing-anonymous': {
    ...toFillEasy,
    'en-US': 'Without a login, your server asks the user to sign a hash; the answer holds the url to open and a 4-digit code to show.',
    'zh-HK': '毋須登入，你的伺服器請用戶簽署雜湊值；回覆附有要開啟的 url 和要顯示的 4 位數字碼。',
    'zh-CN': '无需登录，你的服务器请用户签署哈希值；返回内容带有要打开的 url 和要显示的 4 位数字码。',
  },
  'initiation.pdf-signing-anonymous': {
    ...toFillEasy,
    'en-US': 'Without a login, your server asks the user to sign a PDF by its hash; the answer holds the url and a 4-digit code.',
    'zh-HK': '毋須登入，你的伺服器請用戶按雜湊值簽署 PDF；回覆附有 url 和 4 位數字碼。',
    'zh-CN': '无需登录，你的服务器请用户按哈希值签署 PDF；返回内容带有 url 和 4 位数字码。',
  },
  refused: {
    ...toFillEasy,
    'en-US': 'Fill Easy refused the request: the status and error code below say why; nothing was started.',
    'zh-HK': 'Fill Easy 拒絕了這個請求：下面的狀態碼和錯誤碼說明原因；交易沒有開始。',
    'zh-CN': 'Fill Easy 拒绝了这个请求：下面的状态码和错误码说明原因；交易没有开始。',
  },
  qr: {
    from: 'browser',
    to: 'app',
    'en-US': 'The browser shows the url as a QR code; the user scans it with the iAM Smart app on their phone.',
    'zh-HK': '瀏覽器把 url 顯示為二維碼；用戶用手機上的「智方便」掃描。',
    'zh-CN': '浏览器把 url 显示为二维码；用户用手机上的“智方便”扫描。',
  },
  deepLink: {
    from: 'browser',
    to: 'app',
    'en-US': 'On the phone, the page opens the iAM Smart app directly by the deep link in the url.',
    'zh-HK': '在手機上，頁面透過 url 中的深層連結直接開啟「智方便」。',
    'zh-CN': '在手机上，页面通过 url 中的深层链接直接打开“智方便”。',
  },
  push: {
    from: 'fillEasy',
    to: 'app',
    'en-US': 'The user is logged in already, so Fill Easy asks them in the iAM Smart app: no QR code this time.',
    'zh-HK': '用戶已經登入，所以 Fill Easy 直接在「智方便」內詢問用戶：這次毋須二維碼。',
    'zh-CN': '用户已经登录，所以 Fill Easy 直接在“智方便”内询问用户：这次无需二维码。',
  },
  'phone.approve': {
    ...fromApp,
    'en-US': 'The user approves in the app; Fill Easy now holds the result for your server to collect.',
    'zh-HK': '用戶在應用程式內批准；結果已在 Fill Easy，等你的伺服器領取。',
    'zh-CN': '用户在应用内批准；结果已在 Fill Easy，等你的服务器领取。',
  },
  'phone.reject': {
    ...fromApp,
    'en-US': 'The user declines in the app; the next poll says so with an error code.',
    'zh-HK': '用戶在應用程式內拒絕；下一次輪詢會以錯誤碼說明。',
    'zh-CN': '用户在应用内拒绝；下一次轮询会以错误码说明。',
  },
  'phone.cancel': {
    ...fromApp,
    'en-US': 'The user cancels in the app; the next poll says so with an error code.',
    'zh-HK': '用戶在應用程式內取消；下一次輪詢會以錯誤碼說明。',
    'zh-CN': '用户在应用内取消；下一次轮询会以错误码说明。',
  },
  'phone.expire': {
    ...fromApp,
    'en-US': 'The request runs out of time before the user answers; the next poll says it timed out.',
    'zh-HK': '用戶回應前請求已逾時；下一次輪詢會顯示逾時。',
    'zh-CN': '用户响应前请求已超时；下一次轮询会显示超时。',
  },
  'phone.failed': {
    ...fromApp,
    'en-US': 'The simulated app could not act on this request; the message says why.',
    'zh-HK': '模擬應用程式無法處理這個請求；訊息說明原因。',
    'zh-CN': '模拟应用无法处理这个请求；消息说明原因。',
  },
  'callback.ok': {
    from: 'browser',
    to: 'server',
    'en-US': 'Fill Easy sends the browser back to your redirect with a code and your state; the state matches, so it is this user.',
    'zh-HK': 'Fill Easy 把瀏覽器帶回你的 redirect，附上 code 和你的 state；state 相符，證明是同一位用戶。',
    'zh-CN': 'Fill Easy 把浏览器带回你的 redirect，附上 code 和你的 state；state 相符，证明是同一位用户。',
  },
  'callback.error': {
    from: 'browser',
    to: 'server',
    'en-US': 'Fill Easy sends the browser back to your redirect with an errorCode: the user did not approve.',
    'zh-HK': 'Fill Easy 把瀏覽器帶回你的 redirect，附上 errorCode：用戶沒有批准。',
    'zh-CN': 'Fill Easy 把浏览器带回你的 redirect，附上 errorCode：用户没有批准。',
  },
  'callback.problems': {
    from: 'browser',
    to: 'server',
    'en-US': 'A request reached your redirect that does not match a flow you started: do not trust it.',
    'zh-HK': '有請求到達你的 redirect，但與你開始的流程不符：不要信任它。',
    'zh-CN': '有请求到达你的 redirect，但与你开始的流程不符：不要信任它。',
  },
  'poll.pending': {
    ...toFillEasy,
    'en-US': 'Your server asks for the result; 202 means the user has not answered yet, so it asks again a little later.',
    'zh-HK': '你的伺服器查詢結果；202 表示用戶仍未回應，所以稍後再問。',
    'zh-CN': '你的服务器查询结果；202 表示用户尚未响应，所以稍后再问。',
  },
  'poll.collected': {
    ...toFillEasy,
    'en-US': 'The result is there: 200 with an encrypted JWE in data, which your server decrypts with its client secret.',
    'zh-HK': '結果到了：200，data 內是加密的 JWE，你的伺服器以 client secret 解密。',
    'zh-CN': '结果到了：200，data 内是加密的 JWE，你的服务器用 client secret 解密。',
  },
  'poll.rejected': {
    ...toFillEasy,
    'en-US': 'The user declined: the poll answers 403 with the error code, and the flow ends here.',
    'zh-HK': '用戶拒絕了：輪詢以 403 和錯誤碼回覆，流程到此結束。',
    'zh-CN': '用户拒绝了：轮询以 403 和错误码回复，流程到此结束。',
  },
  'poll.cancelled': {
    ...toFillEasy,
    'en-US': 'The user cancelled: the poll answers 403 with the error code, and the flow ends here.',
    'zh-HK': '用戶取消了：輪詢以 403 和錯誤碼回覆，流程到此結束。',
    'zh-CN': '用户取消了：轮询以 403 和错误码回复，流程到此结束。',
  },
  'poll.timed_out': {
    ...toFillEasy,
    'en-US': 'Nobody answered in time: the request expired, and a new one must be started.',
    'zh-HK': '沒有人及時回應：請求已逾時，須重新開始。',
    'zh-CN': '没有人及时响应：请求已超时，须重新开始。',
  },
  'poll.deleted': {
    ...toFillEasy,
    'en-US': 'The result is gone: it can be collected once, and only within 18 minutes of approval.',
    'zh-HK': '結果已刪除：結果只可領取一次，並須在批准後 18 分鐘內領取。',
    'zh-CN': '结果已删除：结果只能领取一次，并须在批准后 18 分钟内领取。',
  },
  'poll.error': {
    ...toFillEasy,
    'en-US': 'This poll got no answer about the transaction (a network, credential or server error); try again.',
    'zh-HK': '這次輪詢沒有得到交易的答覆（網絡、憑證或伺服器錯誤）；請再試。',
    'zh-CN': '这次轮询没有得到交易的答复（网络、凭证或服务器错误）；请再试。',
  },
  control: {
    ...toFillEasy,
    'en-US': 'The playground tells the sandbox what the user does (a sandbox-only control; the real API has none).',
    'zh-HK': '測試平台告訴沙盒用戶做了甚麼（只限沙盒的控制；真正的 API 沒有）。',
    'zh-CN': '测试平台告诉沙盒用户做了什么（仅限沙盒的控制；真正的 API 没有）。',
  },
  other: {
    ...toFillEasy,
    'en-US': 'Another request of this flow, recorded as it was sent.',
    'zh-HK': '這個流程的另一個請求，照發送時記錄。',
    'zh-CN': '这个流程的另一个请求，按发送时记录。',
  },
};
