import { type KeywordReplyRule } from '@/core';
import { newRuleId } from './new-rule-id';

/** A new enabled rule (exact match, priority 0) with one empty text message to fill in. */
export function newKeywordRule(takenIds: readonly string[], random?: () => number): KeywordReplyRule {
  return {
    id: newRuleId(takenIds, random),
    name: '',
    keywords: [],
    match: 'exact',
    priority: 0,
    enabled: true,
    reply: { messages: [{ kind: 'text', text: '' }], mode: 'all' },
  };
}
