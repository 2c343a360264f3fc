/**
 * Pure: the accounts pre-checked in the publish dialog, in list order: the ones this flow is live on
 * now (publishing moves them to the new version); archived accounts are never picked.
 */
export function defaultAccountSelection(
  accounts: readonly { id: string; archivedAt?: Date | string | null }[],
  liveAccountIds: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string[] {
  return accounts.filter((a) => !a.archivedAt && liveAccountIds.has(a.id)).map((a) => a.id);
}
