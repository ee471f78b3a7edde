import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type Key =
  | 'title'
  | 'persona'
  | 'approve'
  | 'reject'
  | 'cancel'
  | 'expire'
  | 'clock'
  | 'advance'
  | 'clockNow'
  | 'clockUnknown'
  | 'openQr'
  | 'openPhone'
  | 'noTarget'
  | 'hkicPhone'
  | 'done'
  | 'failed'
  | 'sandboxOnly'
  | 'personasFailed'
  | 'action.approve'
  | 'action.reject'
  | 'action.cancel'
  | 'action.expire'
  | 'approveAs'
  | 'fixedPersona'
  | 'sandboxSays'
  | 'actingFor';

export const messages: FeatureMessages<Key> = {
  'en-US': {
    title: 'Simulated phone',
    persona: 'Person on the phone',
    approve: 'Approve',
    reject: 'Reject',
    cancel: 'Cancel',
    expire: 'Let it time out',
    clock: 'Sandbox clock',
    advance: '+{n} min',
    clockNow: 'Sandbox time: {time}',
    clockUnknown: 'Sandbox time not read yet',
    openQr: 'Open the sandbox QR page',
    openPhone: 'Open the sandbox phone page',
    noTarget: 'Start a request first: the phone acts on a pending request.',
    hkicPhone: 'Code the phone shows: {code}',
    done: '{action}: done (HTTP {status})',
    failed: '{action} failed (HTTP {status}): {message}',
    sandboxOnly: 'The simulated phone works with the sandbox only.',
    personasFailed: 'Could not load personas: {message}',
    'action.approve': 'Approved on the phone',
    'action.reject': 'Rejected on the phone',
    'action.cancel': 'Cancelled on the phone',
    'action.expire': 'Left to time out',
    approveAs: 'Approve as {name}',
    fixedPersona: 'This chained request acts for the persona who logged in: {name}.',
    sandboxSays: 'The sandbox says:',
    actingFor: 'by {name}',
  },
  'zh-HK': {
    title: '模擬手機',
    persona: '手機上的人物',
    approve: '批准',
    reject: '拒絕',
    cancel: '取消',
    expire: '讓其逾時',
    clock: '沙盒時鐘',
    advance: '+{n} 分鐘',
    clockNow: '沙盒時間：{time}',
    clockUnknown: '尚未讀取沙盒時間',
    openQr: '開啟沙盒二維碼頁面',
    openPhone: '開啟沙盒手機頁面',
    noTarget: '請先發出請求：手機只處理待處理的請求。',
    hkicPhone: '手機顯示的代碼：{code}',
    done: '{action}：完成（HTTP {status}）',
    failed: '{action}失敗（HTTP {status}）：{message}',
    sandboxOnly: '模擬手機只適用於沙盒。',
    personasFailed: '無法載入人物：{message}',
    'action.approve': '已在「智方便」手機上批准',
    'action.reject': '已在手機上拒絕',
    'action.cancel': '已在手機上取消',
    'action.expire': '任由逾時',
    approveAs: '以{name}身分批准',
    fixedPersona: '此串連請求代表登入的人物：{name}。',
    sandboxSays: '沙盒狀態：',
    actingFor: '由{name}',
  },
  'zh-CN': {
    title: '模拟手机',
    persona: '手机上的人物',
    approve: '批准',
    reject: '拒绝',
    cancel: '取消',
    expire: '让其超时',
    clock: '沙盒时钟',
    advance: '+{n} 分钟',
    clockNow: '沙盒时间：{time}',
    clockUnknown: '尚未读取沙盒时间',
    openQr: '打开沙盒二维码页面',
    openPhone: '打开沙盒手机页面',
    noTarget: '请先发出请求：手机只处理待处理的请求。',
    hkicPhone: '手机显示的代码：{code}',
    done: '{action}：完成（HTTP {status}）',
    failed: '{action}失败（HTTP {status}）：{message}',
    sandboxOnly: '模拟手机只适用于沙盒。',
    personasFailed: '无法加载人物：{message}',
    'action.approve': '已在“智方便”手机上批准',
    'action.reject': '已在手机上拒绝',
    'action.cancel': '已在手机上取消',
    'action.expire': '任由超时',
    approveAs: '以{name}身份批准',
    fixedPersona: '此串联请求代表登录的人物：{name}。',
    sandboxSays: '沙盒状态：',
    actingFor: '由{name}',
  },
};
