/** How a phone action reads in the timeline (the phone feature's own text). */
import { messages } from '../phone/messages.ts';
import type { FeatureMessages } from '../../i18n/use-i18n.ts';

type K = 'approve' | 'reject' | 'cancel' | 'expire';
const pick = (lang: 'en-US' | 'zh-HK' | 'zh-CN') => ({
  approve: messages[lang]['action.approve'],
  reject: messages[lang]['action.reject'],
  cancel: messages[lang]['action.cancel'],
  expire: messages[lang]['action.expire'],
});
const phoneActionText: FeatureMessages<K> = { 'en-US': pick('en-US'), 'zh-HK': pick('zh-HK'), 'zh-CN': pick('zh-CN') };
export default phoneActionText;
