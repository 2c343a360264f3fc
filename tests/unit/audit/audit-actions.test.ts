import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { auditActions } from '@/components/audit/audit-actions';
import { auditCategories } from '@/components/audit/audit-categories';
import { describeAuditEntry } from '@/components/audit/describe-audit-entry';
import { joinNames } from '@/components/audit/join-names';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';
import { auditCategories as serverCategories } from '@/server/api/routers/audit';

const strict = {
  onError: (error: unknown) => {
    throw error;
  },
};
const en = createTranslator<Messages>({ locale: 'en', messages: enMessages, ...strict });
const zh = createTranslator<Messages>({ locale: 'zh-CN', messages: zhMessages, ...strict });
const entry = (action: string) => ({ action, details: {}, targetId: null });

describe('audit actions', () => {
  it('has a sentence in both languages for every known action', () => {
    for (const action of auditActions)
      for (const [t, locale] of [
        [en, 'en'],
        [zh, 'zh-CN'],
      ] as const) {
        const text = describeAuditEntry({ entry: entry(action), t, locale });
        expect(text, `${action} ${locale}`).not.toBe(action);
        expect(text).not.toMatch(/[{}]/);
      }
  });

  it('knows every action the server files under a category, and the same categories', () => {
    expect(new Set(Object.values(serverCategories).flat())).toEqual(new Set(auditActions));
    expect(auditCategories).toEqual(['all', ...Object.keys(serverCategories)]);
  });
});

describe('joinNames', () => {
  it('uses the separator of the language', () => {
    expect(joinNames(['A', 'B'], 'en')).toBe('A, B');
    expect(joinNames(['A', 'B'], 'zh-CN')).toBe('A、B');
    expect(joinNames([], 'en')).toBe('');
  });
});
