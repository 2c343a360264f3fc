import type { Translate } from '@/components/editor/nodes/describe/translate';
import { type AuditAction, auditActions } from '@/server/audit/audit-actions';
import {
  type AuditEntryFacts,
  type AuditNames,
  type AuditSentenceContext,
  auditSentenceContext,
} from './audit-sentence-context';

type Sentence = (c: AuditSentenceContext) => string;

/** One sentence per known action, from the details the server writes for it. */
const sentences = {
  'flow.publish': (c) => c.say({ flow: c.flow(), number: c.num('number'), ...c.accounts() }),
  'flow.deploy': (c) =>
    c.say({ flow: c.flow(), number: c.num('number'), ...c.accounts({ withPrevious: true }) }),
  'flow.rollback': (c) =>
    c.say({ flow: c.flow(), number: c.num('number'), ...c.accounts({ withPrevious: true }) }),
  'flow.unpublish': (c) => c.say({ flow: c.flow(), ...c.accounts() }),
  'flow.restore': (c) => c.say({ flow: c.flow(), number: c.num('number') }),
  'flow.delete': (c) => c.say({ flow: c.flow(), ...c.accounts() }),
  'deployment.priority': (c) =>
    c.say({ flow: c.flow(), account: c.account({ fromTarget: true }), from: c.num('from'), to: c.num('to') }),
  'deployment.trigger-priority': (c) =>
    c.say({ flow: c.flow(), account: c.account({ fromTarget: true }), from: c.num('from'), to: c.num('to') }),
  'account.auto-replies': (c) =>
    c.say({ account: c.account({ fromTarget: true }), rules: Number(c.num('keywordRules')) || 0 }),
  'account.create': (c) => c.say({ account: c.account({ fromTarget: true }) }),
  'account.update': (c) => c.say({ account: c.account({ fromTarget: true }) }),
  'account.archive': (c) =>
    c.say({ account: c.account({ fromTarget: true }), archived: c.bool('archived') === false ? 0 : 1 }),
  'account.set-http-allowlist': (c) => {
    const hosts = c.list('allowlist');
    return c.say({ account: c.account({ fromTarget: true }), hosts: hosts.text, count: hosts.count });
  },
  'channel.create': (c) => c.say({ channel: c.text('name') ?? '?', account: c.account() }),
  'channel.update-settings': (c) => c.say({ channel: c.text('name') ?? '?', account: c.account() }),
  'channel.retry-delivery': (c) =>
    c.say({ channel: c.text('name') ?? '?', count: Number(c.num('messages')) || 0 }),
  'channel.rotate-secret': (c) => {
    const channel = c.text('name') ?? c.text('channelName');
    return c.say({ channel: channel ?? '', named: channel ? 1 : 0, account: c.account() });
  },
  'channel.delete': (c) => c.say({ channel: c.text('name') ?? '?', account: c.account() }),
  'member.invite': (c) => c.say({ email: c.text('email') ?? '?', role: c.role('role') }),
  'member.join': (c) => c.say({ role: c.role('role') }),
  'member.role': (c) => c.say({ member: c.member(), from: c.role('from'), to: c.role('to') }),
  'member.remove': (c) => c.say({ member: c.member(), role: c.role('role') }),
  'workspace.create': (c) => c.say(),
  'conversation.release': (c) => c.say(),
} satisfies Record<AuditAction, Sentence>;

const known = new Set<string>(auditActions);

/**
 * The audit entry as a sentence in the translator's language ("Published Lead capture v3 to Shop A,
 * Shop B"). An action this page does not know yet is shown as its code.
 */
export function describeAuditEntry(options: {
  entry: AuditEntryFacts;
  t: Translate;
  locale: string;
  names?: AuditNames;
}): string {
  const { entry } = options;
  if (!known.has(entry.action)) return entry.action;
  return sentences[entry.action as AuditAction](auditSentenceContext(options));
}
