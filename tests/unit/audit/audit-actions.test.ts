import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeAuditEntry } from '@/components/audit/describe-audit-entry';
import { joinNames } from '@/components/audit/join-names';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';
import { auditActions } from '@/server/audit/audit-actions';

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

  it('lists every action the server writes (so each has a filter and a sentence)', () => {
    const files = readdirSync('server', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const written = new Set(
      files.flatMap((file) =>
        readFileSync(path.join('server', file), 'utf8')
          .split('\n')
          .filter((line) => /\baction: /.test(line))
          .flatMap((line) => [...line.matchAll(/'([a-z-]+\.[a-z-]+)'/g)].map((m) => m[1]!)),
      ),
    );
    expect(written.size).toBeGreaterThan(15);
    for (const action of written) expect(auditActions, action).toContain(action);
  });
});

describe('joinNames', () => {
  it('uses the separator of the language', () => {
    expect(joinNames(['A', 'B'], 'en')).toBe('A, B');
    expect(joinNames(['A', 'B'], 'zh-CN')).toBe('A、B');
    expect(joinNames([], 'en')).toBe('');
  });
});
