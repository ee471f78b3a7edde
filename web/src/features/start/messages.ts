/** The first screen's "Start here" words, in the three UI languages. */
import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type Key = 'title' | 'step1' | 'step1Hint' | 'runFirst' | 'step2' | 'step2Hint' | 'step3' | 'step3Hint' | 'runRecipe';

export const messages: FeatureMessages<Key> = {
  'en-US': {
    title: 'Start here',
    step1: 'Watch a whole flow',
    step1Hint: 'One click logs a test user in and fills a form; the diagram explains every step as it happens.',
    runFirst: 'Run {recipe} in the sandbox',
    step2: 'Send your own request',
    step2Hint: 'Pick an endpoint on the left, press Insert example, then Send: the answer and its tokens appear beside the editor.',
    step3: 'Try the other recipes',
    step3Hint: 'Each runs a whole flow against the sandbox with one click:',
    runRecipe: 'Run {recipe}',
  },
  'zh-HK': {
    title: '由此開始',
    step1: '觀看完整流程',
    step1Hint: '一按即以測試用戶登入並填寫表格；時序圖會即時解釋每一步。',
    runFirst: '在沙盒執行「{recipe}」',
    step2: '發送你自己的請求',
    step2Hint: '在左邊選擇端點，按「插入範例」，再按「發送」：回覆及其中的權杖會顯示在編輯器旁。',
    step3: '試試其他示範流程',
    step3Hint: '每個都一按即對沙盒執行整個流程：',
    runRecipe: '執行「{recipe}」',
  },
  'zh-CN': {
    title: '从这里开始',
    step1: '观看完整流程',
    step1Hint: '一键以测试用户登录并填写表格；时序图会实时解释每一步。',
    runFirst: '在沙盒运行「{recipe}」',
    step2: '发送你自己的请求',
    step2Hint: '在左边选择端点，按「插入示例」，再按「发送」：响应及其中的令牌会显示在编辑器旁。',
    step3: '试试其他示范流程',
    step3Hint: '每个都一键对沙盒运行整个流程：',
    runRecipe: '运行「{recipe}」',
  },
};
