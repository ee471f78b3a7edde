/** 简体中文: field descriptions and rule messages of the request schemas, keyed by their English. */
import type { SchemaTexts } from './catalogue-texts.ts';

const SOURCE =
  '设备平台及浏览器的组合。浏览器来源会以 `url` 获取“智方便”二维码页面；' +
  '应用来源（`android`、`iOS`、`App_Scheme`、`App_Link`、`App_Package`）会获取深度链接，轮询时必须发送应用的 `code`。';

export const ZH_CN_SCHEMA: SchemaTexts = {
  "The device platform and browser combination. Browser sources get the iAM Smart QR page as `url`; app sources (`android`, `iOS`, `App_Scheme`, `App_Link`, `App_Package`) get a deep link and must send the app's `code` when polling.":
    SOURCE,
  "The device platform and browser combination. Browser sources get the iAM Smart QR page as `url`; app sources (`android`, `iOS`, `App_Scheme`, `App_Link`, `App_Package`) get a deep link and must send the app's `code` when polling. Optional here: defaults to the source of the login.": `${SOURCE}此处可选：默认沿用登录时的来源。`,
  "iAM Smart app display language (case sensitive). Defaults to 'en-US' if not specified.":
    "“智方便”应用的显示语言（区分大小写）。未指定时默认为 'en-US'。",
  'Redirect URI after user authorisation. Browser: an https URL of your website registered for your client. Mobile: a universal link or app scheme (`your-app://auth`). Must match a registered redirect exactly.':
    '用户授权后的重定向 URI。浏览器：你的网站为此客户端注册的 https 网址。移动设备：通用链接或应用协议（`your-app://auth`）。必须与已注册的重定向网址完全相同。',
  'must be an absolute URI with a scheme, e.g. https://www.yourwebsite.com/callback':
    '必须是带协议的绝对 URI，例如 https://www.yourwebsite.com/callback',
  'Alias of `redirect` (the docs call it redirectURI). Send one of the two, not both.':
    '`redirect` 的别名（文档称之为 redirectURI）。两者择一发送，不可同时发送。',
  'Requested scopes, space-separated. Needed only when operations are chained (auth + form filling, auth + signing); by default the scope the operation needs. Valid scopes: eidapi_auth, eidapi_profiles, eidapi_formFilling, eidapi_sign, eidapi_fr, eidapi_bulksign.':
    '要求的授权范围，以空格分隔。只在串联操作时需要（身份认证 + 填表、身份认证 + 签署）；默认为该操作所需的范围。有效范围：eidapi_auth、eidapi_profiles、eidapi_formFilling、eidapi_sign、eidapi_fr、eidapi_bulksign。',
  'must be space-separated scopes from: eidapi_auth, eidapi_profiles, eidapi_formFilling, eidapi_sign, eidapi_fr, eidapi_bulksign':
    '必须是以空格分隔的授权范围，取自：eidapi_auth、eidapi_profiles、eidapi_formFilling、eidapi_sign、eidapi_fr、eidapi_bulksign',
  'redirect is required: the URI iAM Smart sends the user back to (e.g. https://www.yourwebsite.com/callback)':
    '必须提供 redirect：即“智方便”将用户送回的 URI（例如 https://www.yourwebsite.com/callback）',
  'send redirect or its alias redirectURI, not both': '请发送 redirect 或其别名 redirectURI，不可两者同时发送',
  'The authenticated user token from the Authentication workflow.': '身份认证流程中已认证用户的令牌。',
  'must be a compact JWT: three Base64url parts separated by two dots (header.payload.signature)':
    '必须是紧凑 JWT：三段 Base64url，以两个点分隔（header.payload.signature）',
  'Profile fields to request (scope eidapi_profiles).': '要索取的个人信息字段（授权范围 eidapi_profiles）。',
  'The e-ME form to fill: its name, number, description and the fields to request.':
    '要填写的“填表通”表格：其名称、编号、说明及要索取的字段。',
  'Form name shown to the user.': '向用户显示的表格名称。',
  'Form number.': '表格编号。',
  'Form description shown to the user.': '向用户显示的表格说明。',
  'e-ME fields to request.': '要索取的“填表通”字段。',
  'Document title displayed to the user.': '向用户显示的文件标题。',
  "SHA-256 hash of the document file's content (64 lower-case hex characters).": '文件内容的 SHA-256 哈希值（64 个小写十六进制字符）。',
  'must be a SHA-256 digest as 64 lower-case hex characters (0-9, a-f)': '必须是以 64 个小写十六进制字符（0-9、a-f）表示的 SHA-256 摘要',
  'Service description displayed to the user.': '向用户显示的服务说明。',
  'Organisation name displayed to the user.': '向用户显示的机构名称。',
  'Document name displayed to the user.': '向用户显示的文件名称。',
  'Base64-encoded SHA-256 hash of the PDF file (44 characters, 32 bytes).':
    'PDF 文件的 SHA-256 哈希值，以 Base64 编码（44 个字符，32 个字节）。',
  'must be the Base64 (standard alphabet, padded) of a 32-byte SHA-256 digest: 44 characters ending in =':
    '必须是 32 字节 SHA-256 摘要的 Base64（标准字母表，含填充）：44 个字符，以 = 结尾',
  'SHA-256 of the HKID without its check digit (e.g. of "G996963"), as 64 lower-case hex or Base64. When given, only the person with that HKID can sign (otherwise D70005).':
    '不含校验码的香港身份证号码（例如 "G996963"）的 SHA-256，以 64 个小写十六进制字符或 Base64 表示。提供时，只有持该身份证的人可以签署（否则 D70005）。',
  'must be a SHA-256 digest: 64 lower-case hex characters, or 44 Base64 characters':
    '必须是 SHA-256 摘要：64 个小写十六进制字符，或 44 个 Base64 字符',
  'Department name displayed to the user (optional).': '向用户显示的部门名称（可选）。',
  'The authenticated user token to re-validate.': '要再次核验的已认证用户令牌。',
  'The token returned by any initiation endpoint.': '任何发起端点返回的令牌。',
  "Authorisation code the iAM Smart app handed to your redirect. Required for App-to-App flows; for browser flows it is ignored (the sandbox says so in `x-sandbox-warnings`). Any string: a code that is not the app's is a 401 D40004, never a 400.":
    '“智方便”应用交给你的重定向网址的授权码。App-to-App 流程必须提供；浏览器流程会忽略它（沙盒会在 `x-sandbox-warnings` 说明）。任何字符串皆可：不是该应用的授权码会得到 401 D40004，而不是 400。',
  'only App-to-App flows are released by their code; browser flows need none':
    '只有 App-to-App 流程要凭授权码获取结果；浏览器流程无须授权码',
  "Android activity class to return to, for source android (the docs call it required; the key name is the sandbox's own, so it is optional here).":
    '来源为 android 时要返回的 Android activity 类型（文档称必须提供；此键名是沙盒自定义的，所以这里是可选）。',
  'only source android returns to an Android activity': '只有来源 android 会返回 Android activity',
  'Additional activity parameters (optional, android only). Key name chosen by the sandbox, like androidActivity.':
    '额外的 activity 参数（可选，仅限 android）。键名由沙盒自定义，与 androidActivity 相同。',
  'SHA-256 hash of the document (64 lower-case hex characters).': '文件的 SHA-256 哈希值（64 个小写十六进制字符）。',
  'PDF document title displayed to the user.': '向用户显示的 PDF 文件标题。',
  'either code (success) or errorCode (failure) is required': '必须提供 code（成功）或 errorCode（失败）其中之一',
  'The iAM Smart service type.': '“智方便”的服务类型。',
  'Authorisation code from iAM Smart (present on success).': '“智方便”发出的授权码（成功时提供）。',
  'must be 32 lower-case hex characters': '必须是 32 个小写十六进制字符',
  'Error code from iAM Smart (present on failure or rejection).': '“智方便”发出的错误代码（失败或被拒绝时提供）。',
  'must be an iAM Smart code: D and five digits': '必须是“智方便”代码：D 加五位数字',
  'State parameter used to match the request.': '用来配对请求的 state 参数。',
  'must be the 36-character state the request was issued with': '必须是发出请求时的 36 个字符 state',
  'Business ID of the transaction. Not sent when service is auth.': '交易的业务编号。service 为 auth 时不会发送。',
  'must be the 36-character businessID of the request': '必须是该请求的 36 个字符 businessID',
  'Source platform (optional).': '来源平台（可选）。',
};
