/**
 * The recipes' words in the three languages: the panel, each recipe's name (keyed by the recipe
 * ids, so a new recipe without its name is a compile error), a run's states, step outcomes and why
 * a run stopped.
 */
import type { FeatureMessages } from '../../i18n/use-i18n.ts';
import type { RecipeId } from './recipe-catalogue.ts';
import type { RunError, RunStep } from './recipe-runner.ts';

type Key =
  | `r.${RecipeId}`
  | `oc.${NonNullable<RunStep['outcome']>}`
  | `err.${RunError['code']}`
  | 'title'
  | 'intro'
  | 'scenario'
  | 'afterPolls'
  | 'interval'
  | 'cap'
  | 'run'
  | 'runNamed'
  | 's.manual'
  | 's.approve'
  | 's.reject'
  | 's.cancel'
  | 's.timeout'
  | 's.approve-after-polls'
  | 'status'
  | 'st.running'
  | 'st.paused'
  | 'st.done'
  | 'st.failed'
  | 'st.stopped'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'pollAgain'
  | 'source'
  | 'sourceBrowser'
  | 'sourceApp'
  | 'step'
  | 'polls'
  | 'outcome'
  | 'openInit'
  | 'openPoll'
  | 'pollAgainResult';

export const messages: FeatureMessages<Key> = {
  'en-US': {
    title: 'Guided recipes',
    intro:
      'One click runs a whole flow against the sandbox: the initiation, auto-polling, and the chained call with the real login token. Choose what the user does, or act yourself on the simulated phone.',
    scenario: 'The user on the phone',
    afterPolls: 'Approve after N polls',
    interval: 'Poll interval: {duration}',
    cap: 'Stop after polls',
    run: 'Run',
    runNamed: 'Run {recipe}',
    's.manual': 'I act on the simulated phone',
    's.approve': 'approves',
    's.reject': 'rejects',
    's.cancel': 'cancels',
    's.timeout': 'lets it time out',
    's.approve-after-polls': 'approves after N polls',
    'r.auth-formfilling': 'Log in, then fill a form',
    'r.auth-signing': 'Log in, then sign a hash',
    'r.auth-pdf-signing': 'Log in, then sign a PDF',
    'r.auth-reauth': 'Log in, then re-authenticate',
    'r.formfilling-anonymous': 'Fill a form without logging in',
    'r.signing-anonymous': 'Sign a hash without logging in',
    'r.pdf-signing-anonymous': 'Sign a PDF without logging in',
    status: 'Recipe',
    'st.running': 'running',
    'st.paused': 'paused',
    'st.done': 'finished',
    'st.failed': 'failed',
    'st.stopped': 'stopped',
    source: 'Where the user is',
    sourceBrowser: 'PC browser (QR code)',
    sourceApp: 'App on the phone (App_Link deep link)',
    pause: 'Pause polling',
    resume: 'Resume polling',
    stop: 'Stop',
    pollAgain: 'Poll again',
    step: 'Step {n}: {title}',
    polls: '{n} polls',
    outcome: 'outcome: {o}',
    openInit: 'Open request in editor',
    openPoll: 'Open poll in editor',
    pollAgainResult: 'Poll again: HTTP {status}',
    'oc.pending': 'pending',
    'oc.collected': 'result collected',
    'oc.rejected': 'rejected',
    'oc.cancelled': 'cancelled',
    'oc.timed_out': 'timed out',
    'oc.deleted': 'deleted',
    'oc.error': 'error',
    'oc.cap': 'poll limit reached',
    'oc.init_failed': 'initiation failed',
    'err.network': 'The request did not reach the sandbox: {message}',
    'err.http': 'The initiation answered HTTP {status} without a token.',
    'err.cap': 'Stopped after {polls} polls without a final answer.',
    'err.gone': 'The server no longer has this recipe\u2019s flow.',
  },
  'zh-HK': {
    title: '示範流程',
    intro: '一按即對沙盒執行整個流程：發起請求、自動輪詢，並以真實登入權杖串連下一個請求。選擇用戶的操作，或自行在模擬手機上操作。',
    scenario: '手機上的用戶',
    afterPolls: '輪詢 N 次後批准',
    interval: '輪詢間隔：{duration}',
    cap: '輪詢上限',
    run: '執行',
    runNamed: '執行 {recipe}',
    's.manual': '我在模擬手機上操作',
    's.approve': '批准',
    's.reject': '拒絕',
    's.cancel': '取消',
    's.timeout': '讓其逾時',
    's.approve-after-polls': '輪詢 N 次後批准',
    'r.auth-formfilling': '登入後填寫表格',
    'r.auth-signing': '登入後簽署雜湊',
    'r.auth-pdf-signing': '登入後簽署 PDF',
    'r.auth-reauth': '登入後重新認證',
    'r.formfilling-anonymous': '毋須登入填寫表格',
    'r.signing-anonymous': '毋須登入簽署雜湊',
    'r.pdf-signing-anonymous': '毋須登入簽署 PDF',
    status: '示範流程',
    'st.running': '執行中',
    'st.paused': '已暫停',
    'st.done': '已完成',
    'st.failed': '失敗',
    'st.stopped': '已停止',
    source: '用戶所在',
    sourceBrowser: '電腦瀏覽器（二維碼）',
    sourceApp: '手機應用程式（App_Link 深層連結）',
    pause: '暫停輪詢',
    resume: '繼續輪詢',
    stop: '停止',
    pollAgain: '再次輪詢',
    step: '第 {n} 步：{title}',
    polls: '{n} 次輪詢',
    outcome: '結果：{o}',
    openInit: '在編輯器開啟請求',
    openPoll: '在編輯器開啟輪詢',
    pollAgainResult: '再次輪詢：HTTP {status}',
    'oc.pending': '待處理',
    'oc.collected': '已取得結果',
    'oc.rejected': '已拒絕',
    'oc.cancelled': '已取消',
    'oc.timed_out': '已逾時',
    'oc.deleted': '已刪除',
    'oc.error': '錯誤',
    'oc.cap': '已達輪詢上限',
    'oc.init_failed': '發起失敗',
    'err.network': '請求未能送達沙盒：{message}',
    'err.http': '發起請求回應 HTTP {status}，沒有權杖。',
    'err.cap': '輪詢 {polls} 次後仍無最終結果，已停止。',
    'err.gone': '伺服器已不再保存此示範流程的記錄。',
  },
  'zh-CN': {
    title: '示范流程',
    intro: '一键对沙盒运行整个流程：发起请求、自动轮询，并以真实登录令牌串联下一个请求。选择用户的操作，或自行在模拟手机上操作。',
    scenario: '手机上的用户',
    afterPolls: '轮询 N 次后批准',
    interval: '轮询间隔：{duration}',
    cap: '轮询上限',
    run: '运行',
    runNamed: '运行 {recipe}',
    's.manual': '我在模拟手机上操作',
    's.approve': '批准',
    's.reject': '拒绝',
    's.cancel': '取消',
    's.timeout': '让其超时',
    's.approve-after-polls': '轮询 N 次后批准',
    'r.auth-formfilling': '登录后填写表格',
    'r.auth-signing': '登录后签署哈希',
    'r.auth-pdf-signing': '登录后签署 PDF',
    'r.auth-reauth': '登录后重新认证',
    'r.formfilling-anonymous': '无需登录填写表格',
    'r.signing-anonymous': '无需登录签署哈希',
    'r.pdf-signing-anonymous': '无需登录签署 PDF',
    status: '示范流程',
    'st.running': '运行中',
    'st.paused': '已暂停',
    'st.done': '已完成',
    'st.failed': '失败',
    'st.stopped': '已停止',
    source: '用户所在',
    sourceBrowser: '电脑浏览器（二维码）',
    sourceApp: '手机应用（App_Link 深层链接）',
    pause: '暂停轮询',
    resume: '继续轮询',
    stop: '停止',
    pollAgain: '再次轮询',
    step: '第 {n} 步：{title}',
    polls: '{n} 次轮询',
    outcome: '结果：{o}',
    openInit: '在编辑器打开请求',
    openPoll: '在编辑器打开轮询',
    pollAgainResult: '再次轮询：HTTP {status}',
    'oc.pending': '待处理',
    'oc.collected': '已取得结果',
    'oc.rejected': '已拒绝',
    'oc.cancelled': '已取消',
    'oc.timed_out': '已超时',
    'oc.deleted': '已删除',
    'oc.error': '错误',
    'oc.cap': '已达轮询上限',
    'oc.init_failed': '发起失败',
    'err.network': '请求未能送达沙盒：{message}',
    'err.http': '发起请求返回 HTTP {status}，没有令牌。',
    'err.cap': '轮询 {polls} 次后仍无最终结果，已停止。',
    'err.gone': '服务器已不再保存此示范流程的记录。',
  },
};
