/** 简体中文: the shared validator's problems (problems.ts), terms as docs/translation.md records them. */
import { schemaText } from '../../catalogue/texts/localized-catalogue.ts';
import type { JsonType, ProblemTexts } from '../problems.ts';

const TYPES: Record<JsonType, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

const list = (values: readonly string[]) => values.join('、');
/** The first sentence of a translated description, without its full stop. */
const firstSentence = (text: string) => text.split(/[。；]/)[0];

export const ZH_CN_PROBLEMS: ProblemTexts = {
  body: '（请求体）',
  separator: '：',
  empty: () => '不能为空',
  too_short: (p) => `至少要有 ${p.min} 个字符`,
  too_long: (p) => `长 ${p.length} 个字符；最多只能有 ${p.max} 个`,
  not_in_enum: (p) =>
    `'${p.value}' 不是有效的 ${p.name}${p.suggestion ? `（值区分大小写：是否指 '${p.suggestion}'？）` : ''}；有效值为 ${list(p.values)}`,
  not_const: (p) => `必须是 ${p.expected}`,
  no_match: (p) => `不符合格式 ${p.pattern}`,
  rule: (p) => schemaText(p.text, 'zh-CN'),
  scope_commas: () => `授权范围之间请用空格分隔，不要用逗号（例如 'eidapi_auth eidapi_formFilling'）`,
  scope_spacing: (p) => `必须是以空格分隔的授权范围，前后不能有空格；有效范围为 ${list(p.scopes)}`,
  scope_unknown: (p) => `'${p.value}' 不是有效的授权范围；有效范围为 ${list(p.scopes)}`,
  token_dots: (p) => `必须是紧凑 JWT，恰好有两个点（header.payload.signature）；这个有 ${p.dots} 个`,
  token_chars: () => '必须是紧凑 JWT：三段以点分隔的 Base64url 字符（A-Z a-z 0-9 - _）',
  hex_upper_case: () => '必须是小写十六进制：请用 a-f，不要用 A-F',
  hex_looks_base64: () => '必须是 64 个小写十六进制字符；这个看起来是 Base64',
  hex_length: (p) => `必须是 SHA-256 哈希值，即 64 个小写十六进制字符；收到 ${p.length} 个字符`,
  base64_looks_hex: () => '必须是 32 字节哈希值的 Base64（44 个字符）；这个看起来是十六进制',
  base64_url_alphabet: () => '必须使用标准 Base64 字母表（+ 和 /），而不是 Base64url（- 和 _）',
  base64_length: (p) => `必须是 32 字节 SHA-256 哈希值的 Base64（含填充）：44 个字符，以 '=' 结尾；收到 ${p.length} 个字符`,
  required: () => '必须提供',
  required_one_of: (p) => `必须提供；有效值为 ${list(p.values)}`,
  required_described: (p) => `必须提供（${firstSentence(schemaText(p.description, 'zh-CN'))}）`,
  unknown_field: (p) => `不是已知字段；${p.suggestion ? `是否指 '${p.suggestion}'？` : ''}已知字段为 ${list(p.known)}`,
  too_few_items: (p) => `至少要有 ${p.min} 项`,
  too_many_items: (p) => `有 ${p.count} 项；最多只能有 ${p.max} 项`,
  repeated_item: (p) => `重复了 ${p.item}；每项只能出现一次`,
  wrong_type: (p) =>
    `必须是${TYPES[p.expected]}，收到的是${p.got === 'integer' || p.got === 'number' ? `数字 ${String(p.number)}` : TYPES[p.got]}`,
  no_form_matches: () => '不符合任何允许的格式',
  form_not_allowed: () => '是不允许的格式',
  condition_unmet: () => '未满足一项条件要求',
  ignored_for_source: (p) => `来源为 ${p.source} 时会被忽略：${schemaText(p.reason, 'zh-CN')}`,
};
