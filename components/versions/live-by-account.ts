/** One version as `version.list` returns it (only what the publish dialog needs). */
export interface VersionLiveOn {
  number: number;
  liveOn: { accountId: string; deployedAt: Date | string }[];
}

export interface LiveVersion {
  number: number;
  deployedAt: Date;
}

/** Pure: `accountId →` the version of this flow live there now and since when. */
export function liveByAccount(versions: readonly VersionLiveOn[]): Map<string, LiveVersion> {
  const live = new Map<string, LiveVersion>();
  for (const version of versions) {
    for (const on of version.liveOn) {
      // One deployment per flow and account; keep the newest version should the data ever say more.
      const known = live.get(on.accountId);
      if (known && known.number >= version.number) continue;
      live.set(on.accountId, { number: version.number, deployedAt: new Date(on.deployedAt) });
    }
  }
  return live;
}
