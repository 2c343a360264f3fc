/** The account page's tabs, in display order; `?tab=` holds one of these. */
export const accountTabs = ['overview', 'rules', 'auto-replies', 'channels', 'settings'] as const;
export type AccountTab = (typeof accountTabs)[number];

/** The tab a `?tab=` value selects; anything missing or unknown opens the overview. */
export function parseAccountTab(value: string | null | undefined): AccountTab {
  return accountTabs.find((tab) => tab === value) ?? 'overview';
}

/** The tab an arrow/Home/End key moves to from `current` (wrapping), or null for other keys. */
export function tabAfterKey(current: AccountTab, key: string): AccountTab | null {
  const index = accountTabs.indexOf(current);
  const last = accountTabs.length - 1;
  const next =
    key === 'ArrowRight'
      ? (index + 1) % accountTabs.length
      : key === 'ArrowLeft'
        ? (index + last) % accountTabs.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null;
  return next === null ? null : (accountTabs[next] ?? null);
}
