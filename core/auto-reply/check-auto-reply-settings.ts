import { normalizeText } from '../text/normalize-text';
import { timeWindowProblems } from '../time/time-window-problems';
import { type AutoReplyProblem } from './auto-reply-problem';
import { type AutoReply, type AutoReplySettings } from './auto-reply-settings-schema';

/**
 * Problems of the settings themselves, beyond what compiling the generated document finds:
 * an enabled part with no message (`empty-reply`, at the part's `reply`), a normalised keyword
 * used by two enabled rules with the same match mode (`duplicate-keyword`, at the later rule's
 * keyword), and enabled business hours that are not a valid time window (`invalid-time-window`,
 * at `businessHours`). Disabled parts are not checked.
 */
export function checkAutoReplySettings(settings: AutoReplySettings): AutoReplyProblem[] {
  const problems: AutoReplyProblem[] = [];
  const emptyReply = (path: (string | number)[], reply: AutoReply) => {
    if (reply.messages.length > 0) return;
    problems.push({
      path: [...path, 'reply'],
      code: 'empty-reply',
      message: 'This reply has no message.',
      messageZh: '该回复没有任何消息。',
    });
  };

  if (settings.follow.enabled) emptyReply(['follow'], settings.follow.reply);
  const firstUse = new Map<string, number>();
  settings.keywordRules.forEach((rule, index) => {
    if (!rule.enabled) return;
    emptyReply(['keywordRules', index], rule.reply);
    rule.keywords.forEach((keyword, keywordIndex) => {
      const key = `${rule.match}:${normalizeText(keyword)}`;
      const first = firstUse.get(key);
      if (first === undefined) firstUse.set(key, index);
      else if (first !== index) {
        const other = settings.keywordRules[first];
        const name = other?.name || other?.keywords[0] || '';
        problems.push({
          path: ['keywordRules', index, 'keywords', keywordIndex],
          code: 'duplicate-keyword',
          message: `Keyword "${keyword}" is already used by rule "${name}" with the same match mode.`,
          messageZh: `关键词“${keyword}”已被规则“${name}”以相同匹配方式使用。`,
        });
      }
    });
  });
  if (settings.defaultReply.enabled) emptyReply(['defaultReply'], settings.defaultReply.reply);
  // Without business hours the off-hours reply is never sent: an empty one blocks nothing.
  if (settings.offHours.enabled && settings.businessHours.enabled)
    emptyReply(['offHours'], settings.offHours.reply);
  if (settings.businessHours.enabled) {
    const { days, hours, holidays } = settings.businessHours;
    for (const problem of timeWindowProblems({ days, hours, holidays })) {
      problems.push({
        path: ['businessHours'],
        code: 'invalid-time-window',
        message: `Invalid business hours: ${problem}.`,
        messageZh: `工作时间无效：${problem}。`,
      });
    }
  }
  return problems;
}
