import { describe, expect, it } from 'vitest';
import { defaultAccountSelection } from '@/components/editor/publish/default-account-selection';
import { liveByAccount } from '@/components/versions/live-by-account';
import { computePublishStatus } from '@/components/editor/publish/publish-status';
import { readPublishError } from '@/components/editor/publish/read-publish-error';

describe('computePublishStatus', () => {
  const base = { latestVersion: 3, publishedRevision: 7, savedRevision: 7, dirty: false };

  it('is "never" without versions', () => {
    expect(computePublishStatus({ ...base, latestVersion: null, publishedRevision: null })).toEqual({
      kind: 'never',
    });
  });
  it('is "published" when the latest version came from the saved revision', () => {
    expect(computePublishStatus(base)).toEqual({ kind: 'published', version: 3 });
  });
  it('is "changed" after a later save', () => {
    expect(computePublishStatus({ ...base, savedRevision: 8 })).toEqual({ kind: 'changed', version: 3 });
  });
  it('is "changed" while edits are not saved yet', () => {
    expect(computePublishStatus({ ...base, dirty: true })).toEqual({ kind: 'changed', version: 3 });
  });
});

describe('liveByAccount and defaultAccountSelection', () => {
  const versions = [
    { number: 3, liveOn: [{ accountId: 'a', deployedAt: '2026-11-01T10:00:00Z' }] },
    { number: 2, liveOn: [{ accountId: 'b', deployedAt: new Date('2026-10-01T10:00:00Z') }] },
    { number: 1, liveOn: [] },
  ];

  it('maps each account to the version live there and since when', () => {
    const live = liveByAccount(versions);
    expect(live.get('a')).toEqual({ number: 3, deployedAt: new Date('2026-11-01T10:00:00Z') });
    expect(live.get('b')?.number).toBe(2);
    expect(live.has('c')).toBe(false);
  });

  it('keeps the newest version should an account appear twice', () => {
    const live = liveByAccount([
      { number: 1, liveOn: [{ accountId: 'a', deployedAt: '2026-01-01T00:00:00Z' }] },
      { number: 4, liveOn: [{ accountId: 'a', deployedAt: '2026-02-01T00:00:00Z' }] },
    ]);
    expect(live.get('a')?.number).toBe(4);
  });

  it('pre-checks the accounts running the flow, in list order, never archived ones', () => {
    const live = liveByAccount(versions);
    const accounts = [
      { id: 'c', archivedAt: null },
      { id: 'b', archivedAt: null },
      { id: 'a', archivedAt: null },
      { id: 'x', archivedAt: new Date() },
    ];
    expect(defaultAccountSelection(accounts, live)).toEqual(['b', 'a']);
    expect(defaultAccountSelection(accounts, new Set(['x', 'c']))).toEqual(['c']);
    expect(defaultAccountSelection(accounts, new Map())).toEqual([]);
  });
});

describe('readPublishError', () => {
  const warning = {
    code: 'unreachable-node',
    severity: 'warning',
    nodeId: 'n1',
    message: 'Unreachable',
    messageZh: '不可达',
  };
  const failing = (appCode: string, appDetails?: unknown) => ({ data: { appCode, appDetails } });

  it('reads diagnostics of FLOW_HAS_WARNINGS and FLOW_HAS_ERRORS', () => {
    const read = readPublishError(failing('FLOW_HAS_WARNINGS', { diagnostics: [warning] }));
    expect(read.kind).toBe('warnings');
    expect(read.kind === 'warnings' && read.diagnostics).toHaveLength(1);
    expect(readPublishError(failing('FLOW_HAS_ERRORS', { diagnostics: 'nonsense' }))).toEqual({
      kind: 'errors',
      diagnostics: [],
    });
  });

  it('reads the current revision of a conflict', () => {
    expect(readPublishError(failing('REVISION_CONFLICT', { currentRevision: 9 }))).toEqual({
      kind: 'conflict',
      currentRevision: 9,
    });
    expect(readPublishError(failing('REVISION_CONFLICT'))).toEqual({
      kind: 'conflict',
      currentRevision: null,
    });
  });

  it('leaves everything else to the generic error message', () => {
    expect(readPublishError(failing('ACCOUNT_ARCHIVED'))).toEqual({ kind: 'other' });
    expect(readPublishError(new Error('boom'))).toEqual({ kind: 'other' });
    expect(readPublishError(null)).toEqual({ kind: 'other' });
  });
});
