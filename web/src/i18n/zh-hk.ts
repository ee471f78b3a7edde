import type { Messages } from './en.ts';

/** 繁體中文 (香港). iAM Smart wording follows the official usage: 「智方便」. */
export const zhHK: Messages = {
  'app.title': '智方便 iAM Smart 測試平台',
  'app.tagline': '學習、試用及測試 Fill Easy 智方便 API',
  'nav.workbench': '工作台',
  'nav.flows': '流程',
  'nav.decoder': '解碼器',
  'nav.guide': '合作夥伴指南',
  'settings.language': '語言',
  'settings.theme': '主題',
  'settings.theme.system': '跟隨系統',
  'settings.theme.light': '淺色',
  'settings.theme.dark': '深色',
  'settings.presentation': '簡報模式',
  'env.label': '環境',
  'env.sandbox': '本機模擬器',
  'env.noCredentials': '未設定憑證',
  'env.loadFailed': '無法載入環境列表，改用沙盒。',
  'a11y.skip': '跳到請求編輯器',
  'catalogue.heading': '端點',
  'catalogue.group.authenticated': '已登入流程',
  'catalogue.group.anonymous': '匿名流程',
  'catalogue.group.results': '結果及回調',
};
