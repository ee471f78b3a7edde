import type { Messages } from './en.ts';

/** 简体中文. iAM Smart wording follows docs/translation.md: “智方便” (「智方便」 in Traditional Chinese). */
export const zhCN: Messages = {
  'app.title': '智方便 iAM Smart 测试平台',
  'app.tagline': '学习、试用及测试 Fill Easy 智方便 API',
  'nav.workbench': '工作台',
  'nav.flows': '流程',
  'nav.decoder': '解码器',
  'nav.guide': '合作伙伴指南',
  'settings.language': '语言',
  'settings.theme': '主题',
  'settings.theme.system': '跟随系统',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.presentation': '演示模式',
  'env.label': '环境',
  'env.sandbox': '本机模拟器',
  'env.noCredentials': '未配置凭证',
  'env.loadFailed': '无法加载环境列表，改用沙盒。',
  'a11y.skip': '跳到请求编辑器',
  'catalogue.heading': '端点',
  'catalogue.group.authenticated': '已登录流程',
  'catalogue.group.anonymous': '匿名流程',
  'catalogue.group.results': '结果及回调',
};
