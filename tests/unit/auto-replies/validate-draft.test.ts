import { describe, expect, it } from 'vitest';
import { emptyAutoReplySettings } from '@/core';
import { newKeywordRule } from '@/components/auto-replies/new-keyword-rule';
import { validateDraft } from '@/components/auto-replies/validate-draft';

const TZ = 'Asia/Shanghai';

describe('validateDraft', () => {
  it('accepts nothing enabled', () => {
    expect(validateDraft(emptyAutoReplySettings(), TZ)).toMatchObject({ ok: true });
  });

  it('reports schema issues at their paths, with the broken bound', () => {
    const settings = emptyAutoReplySettings();
    settings.keywordRules = [newKeywordRule([], () => 0)];
    const result = validateDraft(settings, TZ);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: ['keywordRules', 0, 'keywords'], code: 'zod:too_small', limit: 1 }),
    );
  });

  it('reports what the server would: empty replies and duplicate keywords', () => {
    const settings = emptyAutoReplySettings();
    settings.follow.enabled = true;
    const first = { ...newKeywordRule([], () => 0), keywords: ['hi'] };
    first.reply = { mode: 'all', messages: [{ kind: 'text', text: 'Hello' }] };
    const second = { ...first, id: 'r-2', keywords: ['Hi'] };
    settings.keywordRules = [first, second];
    const result = validateDraft(settings, TZ);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.problems.map((p) => [p.code, p.path.join('.')]);
    expect(codes).toContainEqual(['empty-reply', 'follow.reply']);
    expect(codes).toContainEqual(['duplicate-keyword', 'keywordRules.1.keywords.0']);
  });

  it('returns the parsed settings when valid', () => {
    const settings = emptyAutoReplySettings();
    const rule = { ...newKeywordRule([], () => 0), name: '  Hours  ', keywords: ['hours'] };
    rule.reply = { mode: 'all', messages: [{ kind: 'text', text: '9-18' }] };
    settings.keywordRules = [rule];
    const result = validateDraft(settings, TZ);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.keywordRules[0]?.name).toBe('Hours');
  });
});
