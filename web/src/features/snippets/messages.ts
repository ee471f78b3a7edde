import type { FeatureMessages } from '../../i18n/use-i18n.ts';

const en = {
  'heading': 'Code for this request',
  'language': 'Snippet language',
  'copy': 'Copy',
  'copied': 'Copied',
  'note': 'Aimed at {baseUrl}. Credentials are placeholders: set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET on your server; never put a secret in a browser.',
  'invalid': 'Fix the JSON in the editor to see the code.',
};
type Key = keyof typeof en;

export const messages: FeatureMessages<Key> = {
  'en-US': en,
  'zh-HK': {
    'heading': '此請求的程式碼',
    'language': '程式碼語言',
    'copy': '複製',
    'copied': '已複製',
    'note': '目標為 {baseUrl}。憑證只以佔位符表示：請在你的伺服器設定 FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET；切勿把密鑰放在瀏覽器。',
    'invalid': '請先修正編輯器中的 JSON，以顯示程式碼。',
  },
  'zh-CN': {
    'heading': '此请求的代码',
    'language': '代码语言',
    'copy': '复制',
    'copied': '已复制',
    'note': '目标为 {baseUrl}。凭证只以占位符表示：请在你的服务器设置 FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET；切勿把密钥放在浏览器。',
    'invalid': '请先修正编辑器中的 JSON，以显示代码。',
  },
};
