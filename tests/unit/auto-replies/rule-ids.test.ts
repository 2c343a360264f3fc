import { describe, expect, it } from 'vitest';
import { keywordReplyRuleSchema } from '@/core';
import { newKeywordRule } from '@/components/auto-replies/new-keyword-rule';
import { newRuleId } from '@/components/auto-replies/new-rule-id';

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

describe('newRuleId', () => {
  it('makes schema-valid ids that never end in -reply', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = newRuleId([]);
      expect(id).toMatch(ID);
      expect(id.startsWith('r-')).toBe(true);
      expect(id.endsWith('-reply')).toBe(false);
    }
  });

  it('handles the extremes of the random source', () => {
    expect(newRuleId([], () => 0)).toBe('r-00000000');
    expect(newRuleId([], () => 0.999999999999)).toMatch(/^r-[a-z0-9]{8}$/);
  });

  it('avoids taken ids, even when the random source repeats itself', () => {
    const taken = ['r-00000000'];
    const id = newRuleId(taken, () => 0);
    expect(taken).not.toContain(id);
    expect(id).toMatch(ID);
    const more = [...taken, id];
    expect(more).not.toContain(newRuleId(more, () => 0));
  });
});

describe('newKeywordRule', () => {
  it('is an enabled exact rule with one empty text message and a fresh id', () => {
    const rule = newKeywordRule(['r-00000000'], () => 0);
    expect(rule.id).not.toBe('r-00000000');
    expect(rule).toMatchObject({ enabled: true, match: 'exact', priority: 0, keywords: [] });
    expect(rule.reply.messages).toEqual([{ kind: 'text', text: '' }]);
    // Valid once it has a keyword.
    expect(keywordReplyRuleSchema.safeParse({ ...rule, keywords: ['hi'] }).success).toBe(true);
  });
});
