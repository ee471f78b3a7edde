/** Words of the simulated iAM Smart pages, in the request's `lang` (en-US, zh-HK, zh-CN). */
import type { InitiationId, Lang } from '../../../shared/catalogue/index.ts';

export interface SimTexts {
  title: string;
  scan: string;
  openPhone: string;
  /** Same-device page (mobile browser sources): the app is on this very phone, so no QR. */
  sameDevice: string;
  openApp: string;
  openRealApp: string;
  waiting: string;
  continue: string;
  asks: string;
  services: Record<InitiationId, string>;
  document: string;
  code: string;
  codeHint: string;
  persona: string;
  personaFixed: string;
  fields: string;
  approve: string;
  reject: string;
  cancel: string;
  done: string;
  statuses: Record<string, string>;
  unknown: string;
}

const EN: SimTexts = {
  title: 'iAM Smart (sandbox)',
  scan: 'Scan this QR code with the iAM Smart app',
  openPhone: 'Open the simulated phone',
  sameDevice: 'iAM Smart is on this phone: open it to continue, then come back here.',
  openApp: 'Open iAM Smart',
  openRealApp: 'On a phone with the iAM Smart test app, this link opens it:',
  waiting: 'Waiting for you to act in the app…',
  continue: 'Continue',
  asks: 'asks you to',
  services: {
    auth: 'log in',
    formfilling: 'share personal data',
    signing: 'sign a document',
    'pdf-signing': 'sign a PDF document',
    reauth: 'confirm it is you again',
    ccic: 'confirm a CCIC verification',
    'formfilling-anonymous': 'share personal data',
    'signing-anonymous': 'sign a document',
    'pdf-signing-anonymous': 'sign a PDF document',
  },
  document: 'Document',
  code: 'Identification code',
  codeHint: 'Check that the service shows the same four digits before you sign.',
  persona: 'Sign in as',
  personaFixed: 'Acting for the person who logged in',
  fields: 'Data requested',
  approve: 'Approve',
  reject: 'Reject',
  cancel: 'Cancel',
  done: 'Done. You can return to the service.',
  statuses: { approved: 'Approved', collected: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled', timed_out: 'Timed out' },
  unknown: 'This request is unknown or has expired.',
};

const ZH_HK: SimTexts = {
  title: '智方便（沙盒）',
  scan: '請用「智方便」流動程式掃描此二維碼',
  openPhone: '打開模擬手機',
  sameDevice: '「智方便」就在這部手機上：請打開它繼續，然後返回此頁。',
  openApp: '打開「智方便」',
  openRealApp: '在裝有「智方便」測試版的手機上，此連結會打開它：',
  waiting: '正在等待你在流動程式內操作…',
  continue: '繼續',
  asks: '要求你',
  services: {
    auth: '登入',
    formfilling: '提供個人資料',
    signing: '簽署文件',
    'pdf-signing': '簽署 PDF 文件',
    reauth: '再次確認身份',
    ccic: '確認 CCIC 核實',
    'formfilling-anonymous': '提供個人資料',
    'signing-anonymous': '簽署文件',
    'pdf-signing-anonymous': '簽署 PDF 文件',
  },
  document: '文件',
  code: '識別碼',
  codeHint: '簽署前請確認網上服務顯示相同的四位數字。',
  persona: '登入身份',
  personaFixed: '以登入者身份操作',
  fields: '要求的資料',
  approve: '批准',
  reject: '拒絕',
  cancel: '取消',
  done: '完成。你可返回網上服務。',
  statuses: { approved: '已批准', collected: '已批准', rejected: '已拒絕', cancelled: '已取消', timed_out: '已逾時' },
  unknown: '此請求不存在或已過期。',
};

const ZH_CN: SimTexts = {
  title: '智方便（沙盒）',
  scan: '请用“智方便”应用扫描此二维码',
  openPhone: '打开模拟手机',
  sameDevice: '“智方便”就在这部手机上：请打开它继续，然后返回此页。',
  openApp: '打开“智方便”',
  openRealApp: '在装有“智方便”测试版的手机上，此链接会打开它：',
  waiting: '正在等待你在应用内操作…',
  continue: '继续',
  asks: '要求你',
  services: {
    auth: '登录',
    formfilling: '提供个人资料',
    signing: '签署文件',
    'pdf-signing': '签署 PDF 文件',
    reauth: '再次确认身份',
    ccic: '确认 CCIC 核实',
    'formfilling-anonymous': '提供个人资料',
    'signing-anonymous': '签署文件',
    'pdf-signing-anonymous': '签署 PDF 文件',
  },
  document: '文件',
  code: '识别码',
  codeHint: '签署前请确认网上服务显示相同的四位数字。',
  persona: '登录身份',
  personaFixed: '以登录者身份操作',
  fields: '要求的资料',
  approve: '批准',
  reject: '拒绝',
  cancel: '取消',
  done: '完成。你可返回网上服务。',
  statuses: { approved: '已批准', collected: '已批准', rejected: '已拒绝', cancelled: '已取消', timed_out: '已超时' },
  unknown: '此请求不存在或已过期。',
};

export function simTexts(lang: Lang): SimTexts {
  return lang === 'zh-HK' ? ZH_HK : lang === 'zh-CN' ? ZH_CN : EN;
}
