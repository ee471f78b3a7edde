import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type Key =
  | 'title'
  | 'empty'
  | 'loadFailed'
  | 'back'
  | 'flow'
  | 'status'
  | 'created'
  | 'endpoint'
  | 'open'
  | 'e.initiation'
  | 'e.control'
  | 'e.phone'
  | 'e.callback'
  | 'e.poll'
  | 'e.other'
  | 'e.result'
  | 'sinceStart'
  | 'sincePrev'
  | 'sincePoll'
  | 'request'
  | 'response'
  | 'error'
  | 'decode'
  | 'tokenAt'
  | 'qr'
  | 'deepLink'
  | 'hkicResponse'
  | 'stateOk'
  | 'problem.unknown_flow'
  | 'problem.state_mismatch'
  | 'problem.replay'
  | 'o.pending'
  | 'o.approved'
  | 'o.rejected'
  | 'o.cancelled'
  | 'o.timed_out'
  | 'o.deleted'
  | 'o.error'
  | 'o.collected'
  | 'timeoutIn'
  | 'deletedIn'
  | 'passed'
  | 'chained'
  | 'export'
  | 'import'
  | 'importFailed'
  | 'readOnly'
  | 'imp.too_large'
  | 'imp.not_json'
  | 'imp.not_recording'
  | 'imp.bad_version'
  | 'personal'
  | 'raw'
  | 'hkidOk'
  | 'hkidBad'
  | 'signing'
  | 'hashSent'
  | 'hkicPair'
  | 'hkicMatch'
  | 'hkicMismatch'
  | 'sigValid'
  | 'sigInvalid'
  | 'sigFailed'
  | 'certSubject'
  | 'certIssuer'
  | 'certValidity'
  | 'certInValidity'
  | 'certOutOfValidity'
  | 'decrypting'
  | 'decryptFailed'
  | 'inspector'
  | 'heading'
  | 'timeline'
  | 'recent'
  | 'close'
  | 'openEditor'
  | 'noEntries'
  | 'pdfNote'
  | 'authResult'
  | 'o.approved_uncollected'
  | 'problem.unverified'
  | 'chip'
  | 'pollNow'
  | 'pollUntilDone'
  | 'pollStop'
  | 'pollLast'
  | 'pollFailed'
  | 'openDecoder';

export const messages: FeatureMessages<Key> = {
  'en-US': {
    title: 'Flows',
    empty: 'No flows yet. Run a recipe or send an initiation from the workbench.',
    loadFailed: 'Could not load: {message}',
    back: 'All flows',
    flow: 'Flow',
    heading: 'Flow: {title}',
    timeline: 'Timeline',
    recent: 'Recent flows',
    status: 'Status',
    created: 'Started',
    endpoint: 'Initiation',
    open: 'Open',
    'e.initiation': 'Initiation',
    'e.control': 'Control API call (simulated phone or clock)',
    'e.phone': 'User on the phone',
    'e.callback': 'Callback caught',
    'e.poll': 'Poll #{n}',
    'e.other': 'Request',
    'e.result': 'Result',
    sinceStart: '+{t} from start',
    sincePrev: '{t} after the previous step',
    sincePoll: '{t} since the previous poll',
    request: 'Request',
    response: 'Response',
    error: 'Error',
    decode: 'Decode',
    tokenAt: 'Token at {path}',
    qr: 'QR code of the url (scan with the simulated app, or open the link)',
    deepLink: 'App deep link',
    hkicResponse: 'Code in the response (hkic): {code}',
    stateOk: 'state matches the request',
    'problem.unknown_flow': 'unknown flow',
    'problem.state_mismatch': 'state does not match the request',
    'problem.replay': 'replayed callback',
    'o.pending': 'pending',
    'o.approved': 'approved',
    'o.rejected': 'rejected',
    'o.cancelled': 'cancelled',
    'o.timed_out': 'timed out',
    'o.deleted': 'deleted (410)',
    'o.error': 'error',
    'o.collected': 'collected',
    timeoutIn: 'Times out in',
    deletedIn: 'Result deleted in',
    passed: 'passed',
    chained: 'Chained call',
    export: 'Export recording',
    import: 'Import recording',
    importFailed: 'Not imported: {reason}',
    readOnly: 'Imported recording (read-only)',
    'imp.too_large': 'the file is larger than 10 MB',
    'imp.not_json': 'the file is not JSON',
    'imp.not_recording': 'the file is not a flow recording of this playground',
    'imp.bad_version': 'the recording was made by another version',
    personal: 'Personal data',
    raw: 'Raw JSON',
    hkidOk: 'check digit valid',
    hkidBad: 'check digit WRONG',
    signing: 'Signature',
    hashSent: 'Document hash sent',
    hkicPair: 'Code in the response: {response} · code on the phone: {phone}',
    hkicMatch: 'the same digits',
    hkicMismatch: 'different digits',
    sigValid: 'Signature valid for this hash',
    sigInvalid: 'Signature NOT valid for this hash',
    sigFailed: 'Could not check the signature: {reason}',
    certSubject: 'Certificate subject',
    certIssuer: 'Issuer',
    certValidity: 'Valid {from} – {to}',
    certInValidity: 'within its validity now',
    certOutOfValidity: 'outside its validity now',
    decrypting: 'Decrypting the result…',
    decryptFailed: 'The result could not be opened: {reason}',
    inspector: 'Token',
    close: 'Close',
    openEditor: 'Open in editor',
    noEntries: 'Nothing recorded for this flow yet.',
    pdfNote: 'A detached CMS signature over the PDF digest; place it in the PDF\u2019s signature field.',
    authResult: 'Login result',
    'o.approved_uncollected': 'approved, not collected',
    'problem.unverified': 'state not checked (no transaction to check it against)',
    chip: 'Status on the sandbox',
    pollNow: 'Poll now',
    pollUntilDone: 'Poll until done',
    pollStop: 'Stop polling',
    pollLast: 'Poll #{n}: HTTP {status} ({outcome})',
    pollFailed: 'Poll failed: {message}',
    openDecoder: 'Open in decoder',
  },
  'zh-HK': {
    title: '流程',
    empty: '尚未有流程。請執行示範流程，或在工作台發出請求。',
    loadFailed: '無法載入：{message}',
    back: '所有流程',
    flow: '流程',
    heading: '流程：{title}',
    timeline: '時間線',
    recent: '最近的流程',
    status: '狀態',
    created: '開始',
    endpoint: '發起',
    open: '開啟',
    'e.initiation': '發起請求',
    'e.control': '控制 API 呼叫（模擬手機或時鐘）',
    'e.phone': '用戶在手機上操作',
    'e.callback': '已接收回調',
    'e.poll': '第 {n} 次輪詢',
    'e.other': '請求',
    'e.result': '結果',
    sinceStart: '開始後 {t}',
    sincePrev: '上一步後 {t}',
    sincePoll: '距上次輪詢 {t}',
    request: '請求',
    response: '回應',
    error: '錯誤',
    decode: '解碼',
    tokenAt: '{path} 中的權杖',
    qr: '網址的二維碼（用模擬「智方便」掃描，或開啟連結）',
    deepLink: '應用程式深層連結',
    hkicResponse: '回應中的代碼（hkic）：{code}',
    stateOk: 'state 與請求相符',
    'problem.unknown_flow': '未知流程',
    'problem.state_mismatch': 'state 與請求不符',
    'problem.replay': '重複的回調',
    'o.pending': '待處理',
    'o.approved': '已批准',
    'o.rejected': '已拒絕',
    'o.cancelled': '已取消',
    'o.timed_out': '已逾時',
    'o.deleted': '已刪除（410）',
    'o.error': '錯誤',
    'o.collected': '已取回',
    timeoutIn: '逾時倒數',
    deletedIn: '結果刪除倒數',
    passed: '已過',
    chained: '串連請求',
    export: '匯出記錄',
    import: '匯入記錄',
    importFailed: '未能匯入：{reason}',
    readOnly: '已匯入的記錄（唯讀）',
    'imp.too_large': '檔案大於 10 MB',
    'imp.not_json': '檔案不是 JSON',
    'imp.not_recording': '檔案不是本平台的流程記錄',
    'imp.bad_version': '記錄來自其他版本',
    personal: '個人資料',
    raw: '原始 JSON',
    hkidOk: '核對數字正確',
    hkidBad: '核對數字錯誤',
    signing: '簽署',
    hashSent: '已傳送的文件雜湊',
    hkicPair: '回應中的代碼：{response} · 手機上的代碼：{phone}',
    hkicMatch: '數字相同',
    hkicMismatch: '數字不同',
    sigValid: '簽署對此雜湊有效',
    sigInvalid: '簽署對此雜湊無效',
    sigFailed: '無法核對簽署：{reason}',
    certSubject: '證書主體',
    certIssuer: '簽發者',
    certValidity: '有效期 {from} – {to}',
    certInValidity: '現時在有效期內',
    certOutOfValidity: '現時不在有效期內',
    decrypting: '正在解密結果…',
    decryptFailed: '無法開啟結果：{reason}',
    inspector: '權杖',
    close: '關閉',
    openEditor: '在編輯器開啟',
    noEntries: '此流程尚未有記錄。',
    pdfNote: '對 PDF 摘要的分離式 CMS 簽署；請放入 PDF 的簽署欄位。',
    authResult: '登入結果',
    'o.approved_uncollected': '已批准，未取回',
    'problem.unverified': '未核對 state（沒有可核對的交易）',
    chip: '沙盒上的狀態',
    pollNow: '立即輪詢',
    pollUntilDone: '輪詢至完成',
    pollStop: '停止輪詢',
    pollLast: '第 {n} 次輪詢：HTTP {status}（{outcome}）',
    pollFailed: '輪詢失敗：{message}',
    openDecoder: '在解碼器開啟',
  },
  'zh-CN': {
    title: '流程',
    empty: '尚无流程。请运行示范流程，或在工作台发出请求。',
    loadFailed: '无法加载：{message}',
    back: '所有流程',
    flow: '流程',
    heading: '流程：{title}',
    timeline: '时间线',
    recent: '最近的流程',
    status: '状态',
    created: '开始',
    endpoint: '发起',
    open: '打开',
    'e.initiation': '发起请求',
    'e.control': '控制 API 调用（模拟手机或时钟）',
    'e.phone': '用户在手机上操作',
    'e.callback': '已接收回调',
    'e.poll': '第 {n} 次轮询',
    'e.other': '请求',
    'e.result': '结果',
    sinceStart: '开始后 {t}',
    sincePrev: '上一步后 {t}',
    sincePoll: '距上次轮询 {t}',
    request: '请求',
    response: '响应',
    error: '错误',
    decode: '解码',
    tokenAt: '{path} 中的令牌',
    qr: '网址的二维码（用模拟“智方便”扫描，或打开链接）',
    deepLink: '应用深层链接',
    hkicResponse: '响应中的代码（hkic）：{code}',
    stateOk: 'state 与请求相符',
    'problem.unknown_flow': '未知流程',
    'problem.state_mismatch': 'state 与请求不符',
    'problem.replay': '重复的回调',
    'o.pending': '待处理',
    'o.approved': '已批准',
    'o.rejected': '已拒绝',
    'o.cancelled': '已取消',
    'o.timed_out': '已超时',
    'o.deleted': '已删除（410）',
    'o.error': '错误',
    'o.collected': '已取回',
    timeoutIn: '超时倒计时',
    deletedIn: '结果删除倒计时',
    passed: '已过',
    chained: '串联请求',
    export: '导出记录',
    import: '导入记录',
    importFailed: '未能导入：{reason}',
    readOnly: '已导入的记录（只读）',
    'imp.too_large': '文件大于 10 MB',
    'imp.not_json': '文件不是 JSON',
    'imp.not_recording': '文件不是本平台的流程记录',
    'imp.bad_version': '记录来自其他版本',
    personal: '个人资料',
    raw: '原始 JSON',
    hkidOk: '校验位正确',
    hkidBad: '校验位错误',
    signing: '签名',
    hashSent: '已发送的文件哈希',
    hkicPair: '响应中的代码：{response} · 手机上的代码：{phone}',
    hkicMatch: '数字相同',
    hkicMismatch: '数字不同',
    sigValid: '签名对此哈希有效',
    sigInvalid: '签名对此哈希无效',
    sigFailed: '无法核对签名：{reason}',
    certSubject: '证书主体',
    certIssuer: '签发者',
    certValidity: '有效期 {from} – {to}',
    certInValidity: '当前在有效期内',
    certOutOfValidity: '当前不在有效期内',
    decrypting: '正在解密结果…',
    decryptFailed: '无法打开结果：{reason}',
    inspector: '令牌',
    close: '关闭',
    openEditor: '在编辑器打开',
    noEntries: '此流程尚无记录。',
    pdfNote: '对 PDF 摘要的分离式 CMS 签名；请放入 PDF 的签名字段。',
    authResult: '登录结果',
    'o.approved_uncollected': '已批准，未取回',
    'problem.unverified': '未核对 state（没有可核对的交易）',
    chip: '沙盒上的状态',
    pollNow: '立即轮询',
    pollUntilDone: '轮询至完成',
    pollStop: '停止轮询',
    pollLast: '第 {n} 次轮询：HTTP {status}（{outcome}）',
    pollFailed: '轮询失败：{message}',
    openDecoder: '在解码器打开',
  },
};
