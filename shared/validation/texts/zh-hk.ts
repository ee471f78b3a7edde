/** 繁體中文（香港）: the shared validator's problems (problems.ts), terms as docs/translation.md records them. */
import { schemaText } from '../../catalogue/texts/localized-catalogue.ts';
import type { JsonType, ProblemTexts } from '../problems.ts';

const TYPES: Record<JsonType, string> = {
  string: '字串',
  number: '數字',
  integer: '整數',
  boolean: '布林值',
  object: '物件',
  array: '陣列',
  null: 'null',
};

const list = (values: readonly string[]) => values.join('、');
/** The first sentence of a translated description, without its full stop. */
const firstSentence = (text: string) => text.split(/[。；]/)[0];

export const ZH_HK_PROBLEMS: ProblemTexts = {
  body: '（請求內容）',
  separator: '：',
  empty: () => '不可留空',
  too_short: (p) => `最少要有 ${p.min} 個字元`,
  too_long: (p) => `長 ${p.length} 個字元；最多只可有 ${p.max} 個`,
  not_in_enum: (p) =>
    `'${p.value}' 不是有效的 ${p.name}${p.suggestion ? `（值區分大小寫：是否指 '${p.suggestion}'？）` : ''}；有效值為 ${list(p.values)}`,
  not_const: (p) => `必須是 ${p.expected}`,
  no_match: (p) => `不符合格式 ${p.pattern}`,
  rule: (p) => schemaText(p.text, 'zh-HK'),
  scope_commas: () => `授權範圍之間請用空格分隔，不要用逗號（例如 'eidapi_auth eidapi_formFilling'）`,
  scope_spacing: (p) => `必須是以空格分隔的授權範圍，前後不可有空格；有效範圍為 ${list(p.scopes)}`,
  scope_unknown: (p) => `'${p.value}' 不是有效的授權範圍；有效範圍為 ${list(p.scopes)}`,
  token_dots: (p) => `必須是緊湊 JWT，剛好有兩個點（header.payload.signature）；這個有 ${p.dots} 個`,
  token_chars: () => '必須是緊湊 JWT：三段以點分隔的 Base64url 字元（A-Z a-z 0-9 - _）',
  hex_upper_case: () => '必須是小寫十六進位：請用 a-f，不要用 A-F',
  hex_looks_base64: () => '必須是 64 個小寫十六進位字元；這個看來是 Base64',
  hex_length: (p) => `必須是 SHA-256 雜湊值，即 64 個小寫十六進位字元；收到 ${p.length} 個字元`,
  base64_looks_hex: () => '必須是 32 位元組雜湊值的 Base64（44 個字元）；這個看來是十六進位',
  base64_url_alphabet: () => '必須使用標準 Base64 字母表（+ 和 /），不是 Base64url（- 和 _）',
  base64_length: (p) => `必須是 32 位元組 SHA-256 雜湊值的 Base64（含補位）：44 個字元，以 '=' 結尾；收到 ${p.length} 個字元`,
  required: () => '必須提供',
  required_one_of: (p) => `必須提供；有效值為 ${list(p.values)}`,
  required_described: (p) => `必須提供（${firstSentence(schemaText(p.description, 'zh-HK'))}）`,
  unknown_field: (p) => `不是已知欄位；${p.suggestion ? `是否指 '${p.suggestion}'？` : ''}已知欄位為 ${list(p.known)}`,
  too_few_items: (p) => `最少要有 ${p.min} 項`,
  too_many_items: (p) => `有 ${p.count} 項；最多只可有 ${p.max} 項`,
  repeated_item: (p) => `重複了 ${p.item}；每項只可出現一次`,
  wrong_type: (p) =>
    `必須是${TYPES[p.expected]}，收到的是${p.got === 'integer' || p.got === 'number' ? `數字 ${String(p.number)}` : TYPES[p.got]}`,
  no_form_matches: () => '不符合任何容許的格式',
  form_not_allowed: () => '是不容許的格式',
  condition_unmet: () => '未符合一項條件要求',
  ignored_for_source: (p) => `來源為 ${p.source} 時會被忽略：${schemaText(p.reason, 'zh-HK')}`,
};
