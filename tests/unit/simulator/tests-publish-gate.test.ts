import { describe, expect, it } from 'vitest';
import { publishTestsGate, publishTestsOf } from '@/components/editor/publish/publish-tests-gate';
import { readPublishError } from '@/components/editor/publish/read-publish-error';

const failing = { phase: 'done' as const, total: 4, failed: [{ id: 't2', name: 'Refund' }] };

describe('publishTestsOf', () => {
  it('lists the failing test cases of a run', () => {
    const summary = {
      total: 3,
      passed: 1,
      results: [
        { id: 'a', name: 'A', passed: true },
        { id: 'b', name: 'B', passed: false },
        { id: 'c', name: 'C', passed: false },
      ],
    };
    expect(publishTestsOf(summary)).toEqual({
      phase: 'done',
      total: 3,
      failed: [
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
    });
  });
});

describe('publishTestsGate', () => {
  it('waits while the test cases run', () => {
    for (const tests of [{ phase: 'waiting' as const }, { phase: 'running' as const }])
      expect(publishTestsGate({ tests, isOwner: true, override: true })).toEqual({
        blocks: true,
        allowFailingTests: false,
      });
  });

  it('lets passing (or no) test cases through without an override', () => {
    const tests = { phase: 'done' as const, total: 0, failed: [] };
    expect(publishTestsGate({ tests, isOwner: false, override: false })).toEqual({
      blocks: false,
      allowFailingTests: false,
    });
  });

  it('blocks on failures; only an owner who ticks the override gets through, with allowFailingTests', () => {
    expect(publishTestsGate({ tests: failing, isOwner: false, override: true }).blocks).toBe(true);
    expect(publishTestsGate({ tests: failing, isOwner: true, override: false }).blocks).toBe(true);
    expect(publishTestsGate({ tests: failing, isOwner: true, override: true })).toEqual({
      blocks: false,
      allowFailingTests: true,
    });
  });

  it('does not block when running the test cases failed (the server still checks)', () => {
    const tests = { phase: 'error' as const, error: new Error('offline') };
    expect(publishTestsGate({ tests, isOwner: false, override: false })).toEqual({
      blocks: false,
      allowFailingTests: false,
    });
  });
});

describe('readPublishError TESTS_FAILED', () => {
  const error = (appDetails: unknown) => ({ data: { appCode: 'TESTS_FAILED', appDetails } });

  it('reads the failing test cases from appDetails', () => {
    const details = { total: 4, failed: [{ id: 't2', name: 'Refund', firstFailure: 1 }] };
    expect(readPublishError(error(details))).toEqual({
      kind: 'tests',
      total: 4,
      failed: [{ id: 't2', name: 'Refund' }],
    });
  });

  it('never throws on unreadable details', () => {
    expect(readPublishError(error('nonsense'))).toEqual({ kind: 'tests', total: 0, failed: [] });
  });
});
