import { type LiveVersion } from './live-by-account';

/** The parts of a `version.list` row that say where a version runs. */
export interface VersionLiveness {
  number: number;
  liveOn: { accountId: string }[];
}

/** The newest version live on any account, or null when the flow runs nowhere. */
export function newestLiveNumber(versions: VersionLiveness[]): number | null {
  const live = versions.filter((v) => v.liveOn.length > 0).map((v) => v.number);
  return live.length > 0 ? Math.max(...live) : null;
}

/**
 * Whether deploying version `number` is a rollback: it is older than what one of the chosen accounts
 * runs, or (nothing chosen yet) older than the newest version live anywhere.
 */
export function isRollback(options: {
  number: number;
  accountIds: string[];
  running: ReadonlyMap<string, LiveVersion>;
  newestLive: number | null;
}): boolean {
  const { number, accountIds, running, newestLive } = options;
  if (accountIds.length === 0) return newestLive !== null && number < newestLive;
  return accountIds.some((id) => (running.get(id)?.number ?? 0) > number);
}

/** The accounts a deploy dialog starts with checked: those running another version of the flow. */
export function preselectedAccounts(options: {
  number: number;
  running: ReadonlyMap<string, LiveVersion>;
  accountIds: string[];
}): string[] {
  return options.accountIds.filter((id) => {
    const runs = options.running.get(id)?.number;
    return runs !== undefined && runs !== options.number;
  });
}
