import { describe, expect, it } from 'vitest';
import { isRollback, newestLiveNumber, preselectedAccounts } from '@/components/versions/deploy-plan';
import { liveByAccount } from '@/components/versions/live-by-account';

const versions = [
  { number: 4, liveOn: [] },
  { number: 3, liveOn: [{ accountId: 'a', deployedAt: '2026-11-20T10:00:00Z' }] },
  { number: 2, liveOn: [{ accountId: 'b', deployedAt: '2026-11-19T10:00:00Z' }] },
  { number: 1, liveOn: [] },
];

describe('deploy plan', () => {
  const running = liveByAccount(versions);

  it('maps accounts to the version they run', () => {
    expect(Object.fromEntries([...running].map(([id, live]) => [id, live.number]))).toEqual({ a: 3, b: 2 });
  });

  it('finds the newest live version, or null', () => {
    expect(newestLiveNumber(versions)).toBe(3);
    expect(newestLiveNumber([{ number: 1, liveOn: [] }])).toBeNull();
  });

  it('is a rollback when a chosen account runs a newer version', () => {
    expect(isRollback({ number: 2, accountIds: ['a'], running, newestLive: 3 })).toBe(true);
    expect(isRollback({ number: 2, accountIds: ['b', 'c'], running, newestLive: 3 })).toBe(false);
    expect(isRollback({ number: 4, accountIds: ['a', 'b'], running, newestLive: 3 })).toBe(false);
  });

  it('falls back to the newest live version when nothing is chosen', () => {
    expect(isRollback({ number: 1, accountIds: [], running, newestLive: 3 })).toBe(true);
    expect(isRollback({ number: 3, accountIds: [], running, newestLive: 3 })).toBe(false);
    expect(isRollback({ number: 1, accountIds: [], running: new Map(), newestLive: null })).toBe(false);
  });

  it('preselects accounts running another version of the flow', () => {
    expect(preselectedAccounts({ number: 2, running, accountIds: ['a', 'b', 'c'] })).toEqual(['a']);
    expect(preselectedAccounts({ number: 4, running, accountIds: ['a', 'b', 'c'] })).toEqual(['a', 'b']);
  });
});
