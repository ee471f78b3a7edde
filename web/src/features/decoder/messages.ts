import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type Key =
  | 'title'
  | 'intro'
  | 'input'
  | 'placeholder'
  | 'env'
  | 'token'
  | 'header'
  | 'payload'
  | 'claims'
  | 'signature'
  | 'kind.jws'
  | 'kind.jwe'
  | 'unsigned'
  | 'notVerified'
  | 'expired'
  | 'valid'
  | 'claim'
  | 'value'
  | 'meaning'
  | 'parts'
  | 'plaintext'
  | 'openedWith'
  | 'notOpened'
  | 'opening'
  | 'segment'
  | 'chars'
  | 'part.protected'
  | 'part.encryptedKey'
  | 'part.iv'
  | 'part.ciphertext'
  | 'part.tag'
  | 'p.empty'
  | 'p.too_large'
  | 'p.segment_count'
  | 'p.bad_characters'
  | 'p.bad_length'
  | 'p.header_not_json'
  | 'p.header_not_object'
  | 'p.header_no_alg'
  | 'p.jwe_no_enc'
  | 'c.iss'
  | 'c.sub'
  | 'c.aud'
  | 'c.exp'
  | 'c.nbf'
  | 'c.iat'
  | 'c.jti'
  | 'c.cid'
  | 'c.svc'
  | 'c.auth_time'
  | 'close'
  | 'verifiedBy'
  | 'verifyFailed'
  | 'verifyNoKey';

export const messages: FeatureMessages<Key> = {
  'en-US': {
    title: 'JWT / JWE decoder',
    intro:
      'Paste a compact JWS (three parts) or JWE (five parts). Signed tokens are read in your browser; a JWE is opened by the server, which alone holds the key.',
    input: 'Token',
    placeholder: 'eyJhbGciOi…',
    env: 'Environment (for the JWE key)',
    token: 'Token',
    header: 'Header',
    payload: 'Payload',
    claims: 'Claims',
    signature: 'Signature',
    'kind.jws': 'JWS (signed, readable)',
    'kind.jwe': 'JWE (encrypted)',
    unsigned: 'UNSIGNED: alg is none or the signature is empty. Never trust it.',
    notVerified: 'Not verified here: the signature needs the issuer\u2019s key.',
    expired: 'expired',
    valid: 'valid',
    claim: 'Claim',
    value: 'Value',
    meaning: 'Meaning',
    parts: 'Parts',
    plaintext: 'Decrypted plaintext',
    openedWith: 'Opened with the {env} client secret ({alg}, {enc})',
    notOpened: 'Could not open it: {reason}',
    opening: 'Asking the server to decrypt…',
    segment: 'part {n}',
    chars: '{n} characters',
    'part.protected': 'Protected header',
    'part.encryptedKey': 'Encrypted key',
    'part.iv': 'Initialisation vector',
    'part.ciphertext': 'Ciphertext',
    'part.tag': 'Authentication tag',
    'p.empty': 'Nothing to decode yet: paste a token.',
    'p.too_large': 'The token is longer than 256 KB; the decoder refuses it.',
    'p.segment_count': 'A compact token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has {detail}.',
    'p.bad_characters':
      'Part {segment} has characters outside base64url (A-Z a-z 0-9 - _). Was it copied with quotes, spaces or padding (=)?',
    'p.bad_length': 'Part {segment} has a length no base64url text can have: a character is missing or extra.',
    'p.header_not_json': 'The header (part 1) is not JSON after base64url decoding: {detail}',
    'p.header_not_object': 'The header (part 1) must be a JSON object.',
    'p.header_no_alg': 'The header has no "alg": it is not a JOSE token.',
    'p.jwe_no_enc': 'Five parts means a JWE, but the header has no "enc".',
    'c.iss': 'Issuer',
    'c.sub': 'Subject (here: the transaction)',
    'c.aud': 'Audience',
    'c.exp': 'Expires',
    'c.nbf': 'Not before',
    'c.iat': 'Issued at',
    'c.jti': 'Token id',
    'c.cid': 'Client id',
    'c.svc': 'Service',
    'c.auth_time': 'Authenticated at',
    close: 'Close',
    verifiedBy: 'Signature verified by the server with the {env} key.',
    verifyFailed: 'Signature NOT verified: {reason}',
    verifyNoKey: 'The server has no key to check it with: {reason}',
  },
  'zh-HK': {
    title: 'JWT / JWE 解碼器',
    intro: '貼上精簡格式的 JWS（三段）或 JWE（五段）。簽署權杖在瀏覽器內讀取；JWE 由伺服器解密，只有伺服器持有密鑰。',
    input: '權杖',
    placeholder: 'eyJhbGciOi…',
    env: '環境（JWE 密鑰）',
    token: '權杖',
    header: '標頭',
    payload: '內容',
    claims: '聲明',
    signature: '簽署',
    'kind.jws': 'JWS（已簽署，可讀）',
    'kind.jwe': 'JWE（已加密）',
    unsigned: '未簽署：alg 為 none 或簽署為空，切勿信任。',
    notVerified: '此處未驗證：驗證簽署需要簽發者的密鑰。',
    expired: '已過期',
    valid: '有效',
    claim: '聲明',
    value: '值',
    meaning: '含義',
    parts: '組成部分',
    plaintext: '解密後內容',
    openedWith: '已用 {env} 環境的用戶端密鑰解密（{alg}，{enc}）',
    notOpened: '無法解密：{reason}',
    opening: '正在請伺服器解密…',
    segment: '第 {n} 段',
    chars: '{n} 個字元',
    'part.protected': '受保護標頭',
    'part.encryptedKey': '加密密鑰',
    'part.iv': '初始向量',
    'part.ciphertext': '密文',
    'part.tag': '驗證標籤',
    'p.empty': '尚未有內容：請貼上權杖。',
    'p.too_large': '權杖超過 256 KB，解碼器拒絕處理。',
    'p.segment_count': '精簡格式權杖由點分隔成 3 段（JWS）或 5 段（JWE）；此權杖有 {detail} 段。',
    'p.bad_characters': '第 {segment} 段含有 base64url 以外的字元（A-Z a-z 0-9 - _）。是否連同引號、空格或填充（=）一併複製？',
    'p.bad_length': '第 {segment} 段的長度不可能是 base64url：缺少或多了字元。',
    'p.header_not_json': '標頭（第 1 段）經 base64url 解碼後不是 JSON：{detail}',
    'p.header_not_object': '標頭（第 1 段）必須是 JSON 物件。',
    'p.header_no_alg': '標頭沒有 "alg"：這不是 JOSE 權杖。',
    'p.jwe_no_enc': '五段表示 JWE，但標頭沒有 "enc"。',
    'c.iss': '簽發者',
    'c.sub': '主體（此處為交易）',
    'c.aud': '受眾',
    'c.exp': '到期',
    'c.nbf': '生效時間',
    'c.iat': '簽發時間',
    'c.jti': '權杖編號',
    'c.cid': '客戶編號',
    'c.svc': '服務',
    'c.auth_time': '認證時間',
    close: '關閉',
    verifiedBy: '伺服器已用 {env} 密鑰驗證簽署。',
    verifyFailed: '簽署未能驗證：{reason}',
    verifyNoKey: '伺服器沒有可驗證的密鑰：{reason}',
  },
  'zh-CN': {
    title: 'JWT / JWE 解码器',
    intro: '粘贴紧凑格式的 JWS（三段）或 JWE（五段）。签名令牌在浏览器内读取；JWE 由服务器解密，只有服务器持有密钥。',
    input: '令牌',
    placeholder: 'eyJhbGciOi…',
    env: '环境（JWE 密钥）',
    token: '令牌',
    header: '头部',
    payload: '载荷',
    claims: '声明',
    signature: '签名',
    'kind.jws': 'JWS（已签名，可读）',
    'kind.jwe': 'JWE（已加密）',
    unsigned: '未签名：alg 为 none 或签名为空，切勿信任。',
    notVerified: '此处未验证：验证签名需要签发者的密钥。',
    expired: '已过期',
    valid: '有效',
    claim: '声明',
    value: '值',
    meaning: '含义',
    parts: '组成部分',
    plaintext: '解密后内容',
    openedWith: '已用 {env} 环境的客户端密钥解密（{alg}，{enc}）',
    notOpened: '无法解密：{reason}',
    opening: '正在请服务器解密…',
    segment: '第 {n} 段',
    chars: '{n} 个字符',
    'part.protected': '受保护头部',
    'part.encryptedKey': '加密密钥',
    'part.iv': '初始向量',
    'part.ciphertext': '密文',
    'part.tag': '认证标签',
    'p.empty': '尚无内容：请粘贴令牌。',
    'p.too_large': '令牌超过 256 KB，解码器拒绝处理。',
    'p.segment_count': '紧凑格式令牌由点分隔为 3 段（JWS）或 5 段（JWE）；此令牌有 {detail} 段。',
    'p.bad_characters': '第 {segment} 段含有 base64url 以外的字符（A-Z a-z 0-9 - _）。是否连同引号、空格或填充（=）一起复制？',
    'p.bad_length': '第 {segment} 段的长度不可能是 base64url：缺少或多了字符。',
    'p.header_not_json': '头部（第 1 段）经 base64url 解码后不是 JSON：{detail}',
    'p.header_not_object': '头部（第 1 段）必须是 JSON 对象。',
    'p.header_no_alg': '头部没有 "alg"：这不是 JOSE 令牌。',
    'p.jwe_no_enc': '五段表示 JWE，但头部没有 "enc"。',
    'c.iss': '签发者',
    'c.sub': '主体（此处为交易）',
    'c.aud': '受众',
    'c.exp': '过期',
    'c.nbf': '生效时间',
    'c.iat': '签发时间',
    'c.jti': '令牌编号',
    'c.cid': '客户编号',
    'c.svc': '服务',
    'c.auth_time': '认证时间',
    close: '关闭',
    verifiedBy: '服务器已用 {env} 密钥验证签名。',
    verifyFailed: '签名未能验证：{reason}',
    verifyNoKey: '服务器没有可验证的密钥：{reason}',
  },
};
