import { describe, expect, it } from 'vitest';
import { flowStatusBadges } from '@/components/versions/flow-status';

const flow = (fields: Partial<Parameters<typeof flowStatusBadges>[0]>) => ({
  revision: 1,
  latestVersion: null,
  publishedRevision: null,
  liveAccounts: 0,
  liveVersions: [],
  ...fields,
});

describe('flowStatusBadges', () => {
  it('says never published when there is no version', () => {
    expect(flowStatusBadges(flow({ revision: 4 }))).toEqual([{ kind: 'never' }]);
  });

  it('shows where the flow is live with the versions running there', () => {
    expect(
      flowStatusBadges(
        flow({ revision: 7, latestVersion: 3, publishedRevision: 7, liveAccounts: 2, liveVersions: [3] }),
      ),
    ).toEqual([{ kind: 'live', accounts: 2, versions: [3] }]);
  });

  it('names every live version after a partial rollback, not just the latest', () => {
    expect(
      flowStatusBadges(
        flow({ revision: 7, latestVersion: 3, publishedRevision: 7, liveAccounts: 2, liveVersions: [1, 3] }),
      ),
    ).toEqual([{ kind: 'live', accounts: 2, versions: [1, 3] }]);
  });

  it('adds unpublished changes when the draft moved on since the latest version', () => {
    expect(
      flowStatusBadges(
        flow({ revision: 8, latestVersion: 3, publishedRevision: 7, liveAccounts: 1, liveVersions: [3] }),
      ),
    ).toEqual([{ kind: 'live', accounts: 1, versions: [3] }, { kind: 'unpublished' }]);
  });

  it('says not live when published but deployed nowhere', () => {
    expect(flowStatusBadges(flow({ revision: 2, latestVersion: 1, publishedRevision: 2 }))).toEqual([
      { kind: 'notLive', version: 1 },
    ]);
  });
});
