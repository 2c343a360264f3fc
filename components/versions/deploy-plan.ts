/** The parts of a `version.list` row that say where a version runs. */
export interface VersionLiveness {
  number: number;
  liveOn: { accountId: string }[];
}

/** The version number each account runs now (accounts not running the flow are absent). */
export function runningByAccount(versions: VersionLiveness[]): Map<string, number> {
  const running = new Map<string, number>();
  for (const v of versions) for (const live of v.liveOn) running.set(live.accountId, v.number);
  return running;
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
  running: Map<string, number>;
  newestLive: number | null;
}): boolean {
  const { number, accountIds, running, newestLive } = options;
  if (accountIds.length === 0) return newestLive !== null && number < newestLive;
  return accountIds.some((id) => (running.get(id) ?? 0) > number);
}

/** The accounts a deploy dialog starts with checked: those running another version of the flow. */
export function preselectedAccounts(options: {
  number: number;
  running: Map<string, number>;
  accountIds: string[];
}): string[] {
  return options.accountIds.filter((id) => {
    const runs = options.running.get(id);
    return runs !== undefined && runs !== options.number;
  });
}
