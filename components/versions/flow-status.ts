/** The publishing fields of a `flow.list` row. */
export interface FlowPublishing {
  revision: number;
  latestVersion: number | null;
  publishedRevision: number | null;
  liveAccounts: number;
  /** Version numbers live on some account, ascending. */
  liveVersions: number[];
}

export type FlowStatusBadge =
  | { kind: 'never' }
  | { kind: 'live'; accounts: number; versions: number[] }
  | { kind: 'notLive'; version: number }
  | { kind: 'unpublished' };

/**
 * The badges a flow row shows: never published; otherwise on how many accounts it is live with the
 * versions running there (or "not live" with the latest version number), plus "unpublished changes" when the draft moved on since that version.
 */
export function flowStatusBadges(flow: FlowPublishing): FlowStatusBadge[] {
  if (flow.latestVersion === null) return [{ kind: 'never' }];
  const badges: FlowStatusBadge[] = [
    flow.liveAccounts > 0
      ? { kind: 'live', accounts: flow.liveAccounts, versions: flow.liveVersions }
      : { kind: 'notLive', version: flow.latestVersion },
  ];
  if (flow.publishedRevision !== flow.revision) badges.push({ kind: 'unpublished' });
  return badges;
}
