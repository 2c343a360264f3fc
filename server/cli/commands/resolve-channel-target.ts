import { and, eq, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, workspaces } from '../../db/schema';
import type { Services } from '../../services';
import type { ChannelAddProblem } from './channel-add-problem';

export interface ChannelTarget {
  workspace: { id: string; name: string };
  account: { id: string; name: string };
}

export interface ResolveChannelTargetOptions {
  services: Services;
  /** A workspace id or its exact name. */
  workspace: string;
  /** An account id or its exact name, within that workspace. */
  account: string;
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** Matches the id (when the value is a UUID) or the exact name. */
function idOrName(value: string, table: typeof workspaces | typeof accounts): SQL {
  return isUuid(value) ? or(eq(table.id, value), eq(table.name, value))! : eq(table.name, value);
}

const ambiguous = (kind: string, value: string, rows: { id: string }[]) =>
  `${rows.length} ${kind}s are named "${value}"; give the id instead (${rows.map((r) => r.id).join(', ')}).`;

/**
 * Finds the workspace and the account a new channel goes to. The account must belong to the
 * workspace and not be archived; a name shared by several rows is refused rather than guessed.
 */
export async function resolveChannelTarget(
  options: ResolveChannelTargetOptions,
): Promise<{ ok: true; target: ChannelTarget } | { ok: false; problem: ChannelAddProblem }> {
  const { db } = options.services;
  const found = await db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(idOrName(options.workspace, workspaces));
  const byId = found.filter((w) => w.id === options.workspace);
  const matches = byId.length > 0 ? byId : found;
  if (matches.length === 0)
    return { ok: false, problem: { option: '--workspace', message: `No workspace "${options.workspace}".` } };
  if (matches.length > 1)
    return {
      ok: false,
      problem: { option: '--workspace', message: ambiguous('workspace', options.workspace, matches) },
    };
  const workspace = matches[0]!;

  const rows = await db
    .select({ id: accounts.id, name: accounts.name, archivedAt: accounts.archivedAt })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspace.id), idOrName(options.account, accounts)));
  const accountById = rows.filter((a) => a.id === options.account);
  const accountMatches = accountById.length > 0 ? accountById : rows;
  if (accountMatches.length === 0)
    return {
      ok: false,
      problem: {
        option: '--account',
        message: `No account "${options.account}" in workspace "${workspace.name}".`,
      },
    };
  if (accountMatches.length > 1)
    return {
      ok: false,
      problem: { option: '--account', message: ambiguous('account', options.account, accountMatches) },
    };
  const account = accountMatches[0]!;
  if (account.archivedAt)
    return {
      ok: false,
      problem: {
        option: '--account',
        message: `Account "${account.name}" is archived; restore it before adding channels.`,
      },
    };
  return { ok: true, target: { workspace, account: { id: account.id, name: account.name } } };
}
