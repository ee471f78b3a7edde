/** 简体中文: each endpoint's title, summary, description and success meanings. Branding: docs/translation.md. */
import type { CatalogueTranslation } from './catalogue-texts.ts';

const UNDOCUMENTED = 'Fill Easy 的公开文档未有说明；行为由沙盒决定。';

export const ZH_CN_ENDPOINTS: CatalogueTranslation['endpoints'] = {
  auth: {
    title: '身份认证',
    summary: '发起“智方便”登录；返回令牌，以及二维码页面或应用链接。',
    description:
      '发起“智方便”登录。浏览器来源会获取“智方便”二维码页面的网址；用户用应用扫描、确认后，浏览器会被重定向至 `redirect`。' +
      '应用来源会获取深度链接，在同一台手机上打开“智方便”；“智方便”随后把授权码 `code` 交给你的重定向网址，由你的应用传给“轮询数据”。' +
      '请保留 `token`：用它轮询；用户确认后，也用它进行填表、签署、PDF 签署及重新认证。' +
      '现在就要求所有会串联使用的授权范围（例如 `eidapi_auth eidapi_formFilling eidapi_sign`）：之后的调用若所需范围未获授权，会得到 400 D20012。' +
      '已确认的登录有效 4 小时；串联的操作代表登录者进行，并沿用此请求的 `redirect` 及 `lang`。' +
      '请发送 `redirect` 或其别名 `redirectURI`，不可两者同时发送（400）。',
    success: { 200: '身份认证请求已成功发起。请保存令牌，供之后的 API 调用使用。' },
  },
  formfilling: {
    title: '填表',
    summary: '向已登录的用户索取个人信息及“填表通”表格数据。',
    description:
      '向已登录的用户（已确认的身份认证令牌）索取个人信息。用户在手机上确认；请用返回的令牌轮询。' +
      '可要求 `profileFields`（idNo、enName、chName、birthDate、gender）及／或连同 `formFields` 的“填表通”`formData`。' +
      '登录时需已获授权 `eidapi_formFilling` 或 `eidapi_profiles`。应用来源也会获取深度链接 `url`。' +
      '用户没有数据的字段不会出现在结果中（沙盒）。',
    success: { 200: '填表请求已成功发起。请用返回的令牌轮询，在数据就绪时获取表格数据。' },
  },
  signing: {
    title: '签署',
    summary: '请已登录的用户签署文件哈希值。',
    description:
      '请已登录的用户签署文件的 SHA-256 `hash`。响应带有 `hkic`，即 4 位数字识别码：请向用户显示，用户签署前会核对应用显示的数字是否相同。' +
      '结果包含签名值（以 SHA256withRSA 对哈希值签名）及签署人的证书。登录时需已获授权 `eidapi_sign`。' +
      '沙盒的编码：`signature` 是以 RSASSA-PKCS1-v1_5 SHA-256 对十六进制哈希值的 32 个字节所作签名的 Base64，`cert` 是沙盒测试证书颁发机构发出的 PEM 证书，`timestamp` 是以毫秒计的 Unix 时间；' +
      "可用 crypto.verify('sha256', Buffer.from(hashCode, 'hex'), cert, Buffer.from(signature, 'base64')) 验证。",
    success: { 200: '签署请求已成功发起。请用返回的令牌轮询，获取签署结果。' },
  },
  'pdf-signing': {
    title: 'PDF 签署',
    summary: '请已登录的用户以 Base64 哈希值签署 PDF。',
    description:
      '请已登录的用户签署 PDF；PDF 以其预备字节范围的 Base64 SHA-256 `fileHash` 识别。响应带有 4 位数字识别码 `hkic`；' +
      '结果包含分离式 CMS（PKCS#7）`pdfSignature`，供放入 PDF 的签名域。若提供 `hkicHash`，只有持该香港身份证的人可以签署（否则 D70005）。需已获授权 `eidapi_sign`。' +
      '沙盒的编码：`pdfSignature` 是不含封装内容的 ContentInfo(SignedData) 的 Base64 DER，其已签名的 messageDigest 属性即 `fileHash`；`cert` 为 PEM。',
    success: { 200: 'PDF 签署请求已成功发起。请用返回的令牌轮询，在签名就绪时获取。' },
  },
  reauth: {
    title: '重新认证',
    summary: '请已登录的用户确认仍是本人。',
    description:
      '再次核验较早前已登录的用户（加强认证）：用户再在手机上确认一次。返回供轮询的令牌，以及二维码页面或应用链接。' +
      '结果带有同一 `openID` 的新 `iAMSMART` 对象。',
    success: { 200: '重新认证请求已成功发起。请用返回的令牌轮询，获取重新认证结果。' },
  },
  ccic: {
    title: 'CCIC 核验',
    summary: `${UNDOCUMENTED}请已登录的用户确认 CCIC 核验。`,
    description:
      `${UNDOCUMENTED}Fill Easy 自己的演示列出此端点（"CCIC verification request"，请求体 \`{ token }\`），但没有公开文档说明。` +
      '沙盒将其视为串联操作，与重新认证相同：发送已确认的身份认证令牌；用户在手机上确认；再以返回的令牌轮询。' +
      '响应为 `{ token, url }`（二维码页面，应用来源则为深度链接）；除非你发送 `source`，否则沿用登录时的来源；' +
      '以 D40001（拒绝）、D40000（取消）或 D40003（超时）结束；结果为 `{ ccic: { openID, isPassed, timestamp }, businessID }`（结构 CcicResult）。',
    success: { 200: `CCIC 核验请求已发起（${UNDOCUMENTED.replace(/。$/, '')}）。请用返回的令牌轮询。` },
  },
  poll: {
    title: '轮询数据',
    summary: '用令牌轮询，直至结果（JWE）送达。',
    description:
      '以任何发起请求的令牌短轮询，直至用户完成操作。等待期间响应 202；成功时响应 200，结果以紧凑 JWE 放在 `data`；用户拒绝或取消时响应 403；' +
      '请求超时或数据已删除时响应 410。结果在首次成功轮询后即删除，无论如何也会在产生后 18 分钟删除：之后再轮询会得到 410。' +
      'App-to-App 流程必须发送应用在重定向时收到的 `code`：缺少会得到 400；错误或已过期的（默认有效 120 秒）会得到 401 及 D40004。' +
      '数据删除后，令牌会一直响应 410，直至令牌过期（发出后 23 分钟；身份认证令牌为 4 小时），之后响应 401。',
    success: {
      200: '成功：最终结果连同个人信息，以 JWE 令牌编码。',
      202: '结果待定：用户尚未完成操作。请再轮询。',
    },
  },
  'formfilling-anonymous': {
    title: '匿名填表',
    summary: '一步获取表格数据，无须先登录。',
    description:
      '一步完成，无须先登录：将用户带到 `url`，用户在手机上确认，然后用令牌轮询。结果包含表格数据及用户的 `iAMSMART` 登录对象。' +
      '来源为 `source: android` 时，文档要求提供要返回的 Android activity；其真正的键名并未公开，所以沙盒以可选的 `androidActivity`（沙盒自定义的名称）接收，且从不强制要求。',
    success: { 200: '匿名填表请求已成功发起。请将用户重定向至该网址，然后用令牌轮询。' },
  },
  'signing-anonymous': {
    title: '匿名签署',
    summary: '一步签署文件哈希值，无须先登录。',
    description:
      '一步完成，无须先登录：用户打开 `url`，核对 4 位数字识别码 `hkic`，然后签署 SHA-256 `fileHash`（虽然名称如此，这里是 64 个十六进制字符）。' +
      '若提供 `hkicHash`，只有持该香港身份证的人可以签署；其他人签署会令请求以 D70005 结束。',
    success: { 200: '匿名签署请求已成功发起。请将用户重定向至该网址，然后用令牌轮询。' },
  },
  'pdf-signing-anonymous': {
    title: '匿名 PDF 签署',
    summary: '一步以 Base64 哈希值签署 PDF，无须先登录。',
    description:
      '一步完成，无须先登录：用户打开 `url`，核对 4 位数字识别码 `hkic`，然后签署以 Base64 `fileHash` 识别的 PDF。' +
      '结果包含分离式 CMS `pdfSignature` 及签署人的证书。',
    success: { 200: '已成功发起匿名 PDF 签署请求。' },
  },
  callback: {
    title: '回调',
    summary: '用户操作后“智方便”将用户送到这里；再重定向至你的应用。',
    description:
      '由用户的浏览器或应用（而非你的服务器）在用户于“智方便”操作后调用。以 302 重定向至该交易已注册的 `redirect`，并加上 `service`、`state`、' +
      '`businessID`（身份认证除外），成功时加上 `code`，失败时加上 `errorCode`。只会重定向至该交易已注册的重定向网址。' +
      '真正的路径并未公开；沙盒在此路径提供服务。`state`、`code`、`errorCode` 或 `businessID` 与有效交易不符时响应 400。',
    success: { 302: '重定向至客户端应用已注册的重定向网址。' },
  },
};
