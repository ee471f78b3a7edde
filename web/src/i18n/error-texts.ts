/**
 * The playground's own errors (/api, /proxy) worded in the UI's language from their stable code
 * (shared/errors/playground-errors.ts), so a Chinese page does not show the server's English. Each
 * table is typed by the code list: a code without words in a language is a compile error. A code
 * the table does not know (a newer server) falls back to the server's message.
 */
import { PLAYGROUND_ERRORS, type PlaygroundErrorCode } from '../../../shared/errors/playground-errors.ts';
import type { UiLang } from '../app/settings-store.ts';

const ZH_HK: Record<PlaygroundErrorCode, string> = {
  bad_request: '請求無效。',
  invalid_json: '內容不是有效的 JSON。',
  unknown_environment: '沒有這個名稱的環境。',
  target_not_allowed: 'Proxy 只會把 API 路徑轉發到已設定的環境。',
  cross_site: '拒絕來自其他網站的 playground 請求。',
  body_too_large: '請求內容太大。',
  method_not_allowed: '這裡不接受這個方法。',
  not_found: '找不到。',
  upstream_unreachable: '無法連接該環境。',
  upstream_bad_response: '該環境傳回了 proxy 無法轉交的回應。',
  response_too_large: '該環境傳回的回應超過 proxy 接受的大小。',
  upstream_timeout: '該環境未能及時回應。',
  token_malformed: '這不是緊湊格式的 JWS 或 JWE。',
  token_too_large: '權杖超過解碼器接受的大小。',
  alg_not_allowed: '權杖使用了解碼器拒絕的演算法。',
  decryption_failed: '無法用該環境的金鑰解密這個 JWE。',
  store_unavailable: '無法連接共用儲存（Redis）；請數秒後再試。',
  internal: 'playground 發生錯誤。',
};

const ZH_CN: Record<PlaygroundErrorCode, string> = {
  bad_request: '请求无效。',
  invalid_json: '内容不是有效的 JSON。',
  unknown_environment: '没有这个名称的环境。',
  target_not_allowed: 'Proxy 只会把 API 路径转发到已配置的环境。',
  cross_site: '拒绝来自其他网站的 playground 请求。',
  body_too_large: '请求内容太大。',
  method_not_allowed: '这里不接受这个方法。',
  not_found: '找不到。',
  upstream_unreachable: '无法连接该环境。',
  upstream_bad_response: '该环境返回了 proxy 无法转交的响应。',
  response_too_large: '该环境返回的响应超过 proxy 接受的大小。',
  upstream_timeout: '该环境未能及时响应。',
  token_malformed: '这不是紧凑格式的 JWS 或 JWE。',
  token_too_large: '令牌超过解码器接受的大小。',
  alg_not_allowed: '令牌使用了解码器拒绝的算法。',
  decryption_failed: '无法用该环境的密钥解密这个 JWE。',
  store_unavailable: '无法连接共享存储（Redis）；请几秒后再试。',
  internal: 'playground 发生错误。',
};

/** The Chinese words by language; English is the table's own message (one source, the server's words). */
const CHINESE: Record<Exclude<UiLang, 'en-US'>, Record<PlaygroundErrorCode, string>> = { 'zh-HK': ZH_HK, 'zh-CN': ZH_CN };

/** A code's words in a UI language. */
export function errorText(code: PlaygroundErrorCode, lang: UiLang): string {
  return lang === 'en-US' ? PLAYGROUND_ERRORS[code].message : CHINESE[lang][code];
}

function isCode(code: string): code is PlaygroundErrorCode {
  return Object.hasOwn(PLAYGROUND_ERRORS, code);
}

/** An error in words: the code's text in the UI's language, and the server's own message when it says more. */
export interface ErrorWords {
  text: string;
  /** The server's message (English) when it is not just the code's generic text, e.g. which origin was refused. */
  detail?: string;
}

/** Words for an error's code and server message; an unknown code keeps the server's message. */
export function errorWords(code: string | undefined, message: string | undefined, lang: UiLang): ErrorWords {
  if (code && isCode(code)) {
    const detail = message && message !== PLAYGROUND_ERRORS[code].message ? message : undefined;
    return { text: errorText(code, lang), ...(detail ? { detail } : {}) };
  }
  return { text: message || code || '?' };
}

/** The words of a playground error body `{ error: { code, message } }`; undefined when the body is not one. */
export function playgroundErrorWords(body: unknown, lang: UiLang): ErrorWords | undefined {
  if (!body || typeof body !== 'object' || !('error' in body)) return undefined;
  const err: unknown = body.error;
  if (!err || typeof err !== 'object') return undefined;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  const message = 'message' in err && typeof err.message === 'string' ? err.message : undefined;
  return code || message ? errorWords(code, message, lang) : undefined;
}
