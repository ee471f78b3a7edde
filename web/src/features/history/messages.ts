import type { FeatureMessages } from '../../i18n/use-i18n.ts';

const en = {
  heading: 'History',
  search: 'Search history',
  empty: 'Nothing sent yet.',
  noMatch: 'No entry matches.',
  reopen: 'Open',
  resend: 'Send again',
  clear: 'Clear history',
  count: '{n} of {total}',
  network: 'no answer',
};
type Key = keyof typeof en;

export const messages: FeatureMessages<Key> = {
  'en-US': en,
  'zh-HK': {
    heading: '記錄',
    search: '搜尋記錄',
    empty: '尚未發送任何請求。',
    noMatch: '沒有相符的記錄。',
    reopen: '開啟',
    resend: '再次發送',
    clear: '清除記錄',
    count: '顯示 {n} / {total} 項',
    network: '沒有回應',
  },
  'zh-CN': {
    heading: '记录',
    search: '搜索记录',
    empty: '尚未发送任何请求。',
    noMatch: '没有相符的记录。',
    reopen: '打开',
    resend: '再次发送',
    clear: '清除记录',
    count: '显示 {n} / {total} 项',
    network: '没有响应',
  },
};
