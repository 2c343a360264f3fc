import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';

function translator(locale: 'en' | 'zh-CN', messages: Messages) {
  return createTranslator<Messages>({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

/** A translator over the `history` namespace. */
function scoped(t: (key: string, values?: Record<string, string | number>) => string) {
  return (key: string, values?: Record<string, string | number>) => t(`history.${key}`, values);
}

describe('history messages', () => {
  const en = scoped(translator('en', enMessages));
  const zh = scoped(translator('zh-CN', zhMessages));

  it('formats the flow badges and diff counts', () => {
    expect(en('status.live', { accounts: 2, versions: 'v1, v3' })).toBe('Live on 2 accounts · v1, v3');
    expect(en('status.live', { accounts: 1, versions: 'v1' })).toBe('Live on 1 account · v1');
    expect(en('diff.count.nodesAdded', { count: 2 })).toBe('2 nodes added');
    expect(en('diff.count.edgesAdded', { count: 1 })).toBe('1 connection added');
    expect(zh('status.live', { accounts: 2, versions: 'v3' })).toBe('在 2 个账号上线 · v3');
  });

  it('names the controls the end-to-end tests use', () => {
    expect(en('actions.deploy')).toBe('Deploy…');
    expect(en('actions.rollback')).toBe('Roll back…');
    expect(en('deploy.submitRollback')).toBe('Roll back');
    expect(en('deploy.titleRollback', { number: 2 })).toBe('Roll back to v2');
    expect(en('table.label')).toBe('Versions');
  });
});
