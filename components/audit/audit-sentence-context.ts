import type { Translate } from '@/components/editor/nodes/describe/translate';
import { joinNames } from './join-names';

/** Names the audit details do not carry, found elsewhere (members and accounts of the workspace). */
export interface AuditNames {
  user?: (userId: string) => string | undefined;
  account?: (accountId: string) => string | undefined;
}

/** The parts of an `audit.list` entry a sentence is built from. */
export interface AuditEntryFacts {
  action: string;
  targetId: string | null;
  details: Record<string, unknown> | null;
}

/** What each action's sentence reads: typed views of the (untrusted, free-form) details. */
export interface AuditSentenceContext {
  /** The action's own message (`audit.actions.<action>`) with these values. */
  say: (values?: Record<string, string | number>) => string;
  text: (key: string) => string | undefined;
  bool: (key: string) => boolean | undefined;
  /** A list of strings in the details as one phrase, and its length for plurals. */
  list: (key: string) => { text: string; count: number };
  /** A number as text ("?" when missing), so ICU does not group digits. */
  num: (key: string) => string;
  flow: () => string;
  /** The account named in the details, else looked up by `accountId` (or the target id). */
  account: (options?: { fromTarget?: boolean }) => string;
  /** `details.accounts` ([{ name, previousNumber }]) as one phrase and its length for plurals. */
  accounts: (options?: { withPrevious?: boolean }) => { accounts: string; count: number };
  /** The member the entry is about (the target user). */
  member: () => string;
  role: (key: string) => string;
}

const roleKeys = new Set(['owner', 'editor', 'viewer']);

/** Builds the readers one entry's sentence uses; never throws on odd or missing details. */
export function auditSentenceContext(options: {
  entry: AuditEntryFacts;
  t: Translate;
  locale: string;
  names?: AuditNames;
}): AuditSentenceContext {
  const { entry, t, locale, names = {} } = options;
  const details = entry.details ?? {};
  const text = (key: string) => {
    const value = details[key];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const num = (key: string) => {
    const value = details[key];
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : '?';
  };
  const lookupAccount = (id: string | undefined | null) => (id ? names.account?.(id) : undefined);
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    say: (values) => t(`audit.actions.${entry.action}`, values),
    text,
    bool: (key) => (typeof details[key] === 'boolean' ? (details[key] as boolean) : undefined),
    list: (key) => {
      const items = strings(details[key]);
      return { text: joinNames(items, locale), count: items.length };
    },
    num,
    flow: () => text('flowName') ?? t('audit.unknown.flow'),
    account: ({ fromTarget = false } = {}) =>
      text('accountName') ??
      lookupAccount(text('accountId')) ??
      (fromTarget ? lookupAccount(entry.targetId) : undefined) ??
      t('audit.unknown.account'),
    accounts: ({ withPrevious = false } = {}) => {
      const list = Array.isArray(details.accounts) ? (details.accounts as unknown[]) : [];
      const labels = list.map((item) => {
        const a = (item ?? {}) as { id?: unknown; name?: unknown; previousNumber?: unknown };
        const name =
          (typeof a.name === 'string' && a.name) ||
          lookupAccount(typeof a.id === 'string' ? a.id : null) ||
          t('audit.unknown.account');
        return withPrevious && typeof a.previousNumber === 'number'
          ? t('audit.accountWas', { name, number: String(a.previousNumber) })
          : name;
      });
      return { accounts: joinNames(labels, locale), count: labels.length };
    },
    member: () =>
      (entry.targetId ? names.user?.(entry.targetId) : undefined) ??
      text('email') ??
      t('audit.unknown.member'),
    role: (key) => {
      const role = text(key);
      if (!role) return '?';
      return roleKeys.has(role) ? t(`audit.roles.${role}`) : role;
    },
  };
}
