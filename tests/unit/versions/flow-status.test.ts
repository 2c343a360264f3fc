import { describe, expect, it } from 'vitest';
import { flowStatusBadges } from '@/components/versions/flow-status';

describe('flowStatusBadges', () => {
  it('says never published when there is no version', () => {
    expect(
      flowStatusBadges({ revision: 4, latestVersion: null, publishedRevision: null, liveAccounts: 0 }),
    ).toEqual([{ kind: 'never' }]);
  });

  it('shows where the flow is live with the latest version', () => {
    expect(
      flowStatusBadges({ revision: 7, latestVersion: 3, publishedRevision: 7, liveAccounts: 2 }),
    ).toEqual([{ kind: 'live', accounts: 2, version: 3 }]);
  });

  it('adds unpublished changes when the draft moved on since the latest version', () => {
    expect(
      flowStatusBadges({ revision: 8, latestVersion: 3, publishedRevision: 7, liveAccounts: 1 }),
    ).toEqual([{ kind: 'live', accounts: 1, version: 3 }, { kind: 'unpublished' }]);
  });

  it('says not live when published but deployed nowhere', () => {
    expect(
      flowStatusBadges({ revision: 2, latestVersion: 1, publishedRevision: 2, liveAccounts: 0 }),
    ).toEqual([{ kind: 'notLive', version: 1 }]);
  });
});
