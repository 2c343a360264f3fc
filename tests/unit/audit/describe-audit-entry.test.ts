import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { AuditEntryFacts, AuditNames } from '@/components/audit/audit-sentence-context';
import { describeAuditEntry } from '@/components/audit/describe-audit-entry';
import type { Translate } from '@/components/editor/nodes/describe/translate';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';

/** Real translators over the message files; a missing key or argument fails the test. */
function translator(locale: 'en' | 'zh-CN', messages: Messages): Translate {
  return createTranslator<Messages>({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
}
const en = translator('en', enMessages);
const zh = translator('zh-CN', zhMessages);

const names: AuditNames = {
  user: (id) => ({ u1: 'x@y.com' })[id],
  account: (id) => ({ a1: 'Shop A', a2: 'Shop B' })[id],
};

function entry(action: string, details: Record<string, unknown> | null, targetId: string | null = null) {
  return { action, details, targetId } satisfies AuditEntryFacts;
}

function say(e: AuditEntryFacts, t: Translate = en, locale = 'en') {
  return describeAuditEntry({ entry: e, t, locale, names });
}

const shops = [
  { id: 'a1', name: 'Shop A', previousNumber: 3 },
  { id: 'a2', name: 'Shop B', previousNumber: null },
];

describe('describeAuditEntry', () => {
  it.each<[string, AuditEntryFacts, string]>([
    [
      'publish',
      entry('flow.publish', { flowName: 'Lead capture', number: 3, accounts: shops }),
      'Published Lead capture v3 to Shop A, Shop B',
    ],
    [
      'publish without accounts',
      entry('flow.publish', { flowName: 'Lead capture', number: 3, accounts: [] }),
      'Published Lead capture v3 without making it live',
    ],
    [
      'rollback',
      entry('flow.rollback', { flowName: 'Lead capture', number: 2, accounts: [shops[0]] }),
      'Rolled back Lead capture to v2 on Shop A (was v3)',
    ],
    [
      'deploy',
      entry('flow.deploy', { flowName: 'Lead capture', number: 4, accounts: shops }),
      'Made Lead capture v4 live on Shop A (was v3), Shop B',
    ],
    [
      'unpublish',
      entry('flow.unpublish', { flowName: 'Lead capture', accounts: [shops[0]] }),
      'Unpublished Lead capture from Shop A',
    ],
    [
      'restore',
      entry('flow.restore', { flowName: 'Lead capture', number: 1234 }),
      'Restored the draft of Lead capture from v1234',
    ],
    ['delete', entry('flow.delete', { flowName: 'Old', accounts: [] }), 'Deleted Old'],
    [
      'priority',
      entry('deployment.priority', { accountName: 'Shop A', flowName: 'FAQ', from: 0, to: -10 }),
      'Changed the priority of FAQ on Shop A from 0 to -10',
    ],
    [
      'trigger priority',
      entry('deployment.trigger-priority', { accountName: 'Shop A', flowName: 'FAQ', from: 5, to: 1000 }),
      'Changed a trigger priority of FAQ on Shop A from 5 to 1000',
    ],
    [
      'auto replies',
      entry('account.auto-replies', { accountName: 'Shop A', keywordRules: 1 }),
      'Saved the auto replies of Shop A (1 keyword rule)',
    ],
    [
      'account create',
      entry('account.create', { accountName: 'Shop C', type: 'wechat' }),
      'Added the account Shop C',
    ],
    [
      'account update',
      entry('account.update', { accountName: 'Shop C', changed: ['name'] }),
      'Changed the settings of Shop C',
    ],
    [
      'archive',
      entry('account.archive', { accountName: 'Shop C', archived: true }),
      'Archived the account Shop C',
    ],
    [
      'unarchive',
      entry('account.archive', { accountName: 'Shop C', archived: false }),
      'Restored the account Shop C',
    ],
    [
      'allowlist by target',
      entry('account.set-http-allowlist', { allowlist: ['10.0.0.0/8', 'crm.local'] }, 'a2'),
      'Set the HTTP allowlist of Shop B to 10.0.0.0/8, crm.local',
    ],
    [
      'allowlist cleared',
      entry('account.set-http-allowlist', { allowlist: [] }, 'gone'),
      'Cleared the HTTP allowlist of an account',
    ],
    [
      'channel create',
      entry('channel.create', { accountName: 'Shop A', name: 'Webhook', type: 'webhook' }),
      'Added the channel Webhook to Shop A',
    ],
    [
      'rotate named',
      entry('channel.rotate-secret', { accountId: 'a1', name: 'Webhook' }),
      'Rotated the signing secret of channel Webhook',
    ],
    [
      'rotate unnamed',
      entry('channel.rotate-secret', { accountId: 'a1' }),
      'Rotated the signing secret of a channel of Shop A',
    ],
    [
      'channel delete',
      entry('channel.delete', { accountId: 'a2', name: 'Webhook' }),
      'Deleted the channel Webhook of Shop B',
    ],
    ['invite', entry('member.invite', { email: 'new@y.com', role: 'viewer' }), 'Invited new@y.com as viewer'],
    ['join', entry('member.join', { role: 'editor' }, 'u2'), 'Joined as editor'],
    [
      'role',
      entry('member.role', { from: 'viewer', to: 'editor' }, 'u1'),
      'Changed the role of x@y.com to editor (was viewer)',
    ],
    ['remove unknown', entry('member.remove', { role: 'owner' }, 'u9'), 'Removed a former member (owner)'],
    ['workspace', entry('workspace.create', null), 'Created the workspace'],
    ['release', entry('conversation.release', {}), 'Handed a conversation back to the bot'],
    ['unknown action', entry('flow.teleport', { flowName: 'X' }), 'flow.teleport'],
  ])('%s', (_, e, expected) => {
    expect(say(e)).toBe(expected);
  });

  it('speaks Chinese and joins names with 、', () => {
    expect(say(entry('flow.publish', { flowName: '线索', number: 3, accounts: shops }), zh, 'zh-CN')).toBe(
      '发布了 线索 v3 到 Shop A、Shop B',
    );
    expect(
      say(entry('flow.rollback', { flowName: '线索', number: 2, accounts: [shops[0]] }), zh, 'zh-CN'),
    ).toBe('在 Shop A（原为 v3） 将 线索 回滚到 v2');
  });

  it('survives missing or malformed details', () => {
    expect(say(entry('flow.publish', { accounts: [null, 7, { id: 'a1' }] }))).toBe(
      'Published a flow v? to an account, an account, Shop A',
    );
    expect(say(entry('member.role', { from: 42 }, null))).toBe(
      'Changed the role of a former member to ? (was ?)',
    );
  });
});
