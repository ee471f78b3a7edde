/** The sequence diagram's own words (its steps' explanations are in step-table.ts), in the three UI languages. */
import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type Key =
  'diagram' | 'lanes' | 'doc' | 'docOf' | 'pollRun' | 'polledTimes' | 'eachPoll' | 'linkQr' | 'linkApp' | 'push' | 'exportSvg' | 'svgTitle';

export const diagramText: FeatureMessages<Key> = {
  'en-US': {
    diagram: 'Sequence diagram: {title}',
    lanes: 'Lanes',
    doc: 'Docs',
    docOf: 'Documentation of {endpoint}',
    pollRun: 'Polls #{first}–#{last}',
    polledTimes: 'polled {n}×, {gap} apart',
    eachPoll: 'Each poll',
    linkQr: 'QR code shown',
    linkApp: 'App opened by deep link',
    push: 'Asked in the app',
    exportSvg: 'Download diagram (SVG)',
    svgTitle: 'Flow {id}: sequence diagram',
  },
  'zh-HK': {
    diagram: '時序圖：{title}',
    lanes: '泳道',
    doc: '文件',
    docOf: '{endpoint} 的文件',
    pollRun: '第 {first}–{last} 次輪詢',
    polledTimes: '輪詢了 {n} 次，每次相隔 {gap}',
    eachPoll: '每次輪詢',
    linkQr: '已顯示二維碼',
    linkApp: '以深層連結開啟應用程式',
    push: '在應用程式內詢問',
    exportSvg: '下載時序圖（SVG）',
    svgTitle: '流程 {id}：時序圖',
  },
  'zh-CN': {
    diagram: '时序图：{title}',
    lanes: '泳道',
    doc: '文档',
    docOf: '{endpoint} 的文档',
    pollRun: '第 {first}–{last} 次轮询',
    polledTimes: '轮询了 {n} 次，每次相隔 {gap}',
    eachPoll: '每次轮询',
    linkQr: '已显示二维码',
    linkApp: '以深层链接打开应用',
    push: '在应用内询问',
    exportSvg: '下载时序图（SVG）',
    svgTitle: '流程 {id}：时序图',
  },
};
