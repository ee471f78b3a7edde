import type { FeatureMessages } from '../../i18n/use-i18n.ts';

const en = {
  heading: 'Code for this request',
  mode: 'What the code covers',
  'mode.request': 'This request',
  'mode.flow': 'Whole flow (kit)',
  language: 'Snippet language',
  'kit.language': 'Kit language',
  'kit.recipe': 'Flow',
  copy: 'Copy',
  copied: 'Copied',
  download: 'Download {file}',
  note: 'Aimed at {baseUrl}. Credentials are placeholders: set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET on your server; never put a secret in a browser.',
  'kit.note':
    'One runnable file for the whole flow: it initiates, prints the URL to open, takes the callback, polls until a final answer, decrypts the result with the key derived from your secret and verifies signatures. It reads FILLEASY_BASE_URL (default {baseUrl}), FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment. How to run each kit: docs/integration-kits.md.',
  'kit.csharp': "C#: generated from the same plan as the other kits, but not run by the project's tests (no .NET SDK in its CI).",
  invalid: 'Fix the JSON in the editor to see the code.',
  loading: 'Loading the kit…',
};
type Key = keyof typeof en;

export const messages: FeatureMessages<Key> = {
  'en-US': en,
  'zh-HK': {
    heading: '此請求的程式碼',
    mode: '程式碼涵蓋範圍',
    'mode.request': '此請求',
    'mode.flow': '整個流程（套件）',
    language: '程式碼語言',
    'kit.language': '套件語言',
    'kit.recipe': '流程',
    copy: '複製',
    copied: '已複製',
    download: '下載 {file}',
    note: '目標為 {baseUrl}。憑證只以佔位符表示：請在你的伺服器設定 FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET；切勿把密鑰放在瀏覽器。',
    'kit.note':
      '整個流程的單一可執行檔案：發起請求、顯示要開啟的網址、接收回調、輪詢直至最終結果、以密鑰衍生的金鑰解密結果並驗證簽署。它從環境變數讀取 FILLEASY_BASE_URL（預設 {baseUrl}）、FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET。執行方法見 docs/integration-kits.md。',
    'kit.csharp': 'C#：與其他套件由同一計劃生成，但本項目的測試不會執行它（持續整合環境沒有 .NET SDK）。',
    invalid: '請先修正編輯器中的 JSON，以顯示程式碼。',
    loading: '正在載入套件…',
  },
  'zh-CN': {
    heading: '此请求的代码',
    mode: '代码涵盖范围',
    'mode.request': '此请求',
    'mode.flow': '整个流程（套件）',
    language: '代码语言',
    'kit.language': '套件语言',
    'kit.recipe': '流程',
    copy: '复制',
    copied: '已复制',
    download: '下载 {file}',
    note: '目标为 {baseUrl}。凭证只以占位符表示：请在你的服务器设置 FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET；切勿把密钥放在浏览器。',
    'kit.note':
      '整个流程的单一可执行文件：发起请求、显示要打开的网址、接收回调、轮询直至最终结果、以密钥派生的密钥解密结果并验证签名。它从环境变量读取 FILLEASY_BASE_URL（默认 {baseUrl}）、FILLEASY_CLIENT_ID 及 FILLEASY_CLIENT_SECRET。运行方法见 docs/integration-kits.md。',
    'kit.csharp': 'C#：与其他套件由同一计划生成，但本项目的测试不会运行它（持续集成环境没有 .NET SDK）。',
    invalid: '请先修正编辑器中的 JSON，以显示代码。',
    loading: '正在加载套件…',
  },
};
