'use client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import type { AuditNames } from './audit-sentence-context';

/**
 * Names for ids some audit details carry without a name: current members and accounts (archived
 * too), plus people who joined (a `member.join` entry's actor is its target), so a removed member
 * whose joining is on the loaded pages still gets an email.
 */
export function useAuditNames(options: {
  workspaceId: string;
  entries: readonly { action: string; targetId: string | null; actorEmail: string | null }[];
}): AuditNames {
  const { workspaceId, entries } = options;
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const accounts = useQuery(trpc.account.list.queryOptions({ workspaceId, includeArchived: true }));
  return useMemo(() => {
    const users = new Map<string, string>();
    for (const e of entries)
      if (e.action === 'member.join' && e.targetId && e.actorEmail) users.set(e.targetId, e.actorEmail);
    for (const m of members.data ?? []) users.set(m.userId, m.email);
    const accountNames = new Map((accounts.data ?? []).map((a) => [a.id, a.name]));
    return { user: (id) => users.get(id), account: (id) => accountNames.get(id) };
  }, [entries, members.data, accounts.data]);
}
