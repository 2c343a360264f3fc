'use client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { type PublishTests, publishTestsGate, publishTestsOf } from './publish-tests-gate';
import { type PublishFailure } from './read-publish-error';

/**
 * Runs the flow's test cases on the saved draft once it is saved (`revision`; again for a newer
 * one) and gates publishing on them. A TESTS_FAILED refusal from the server replaces the result
 * with the server's list. Owners may override failures.
 */
export function usePublishTests(options: {
  flowId: string;
  revision: number | null;
  failure: PublishFailure | null;
}) {
  const { flowId, revision, failure } = options;
  const trpc = useTRPC();
  const { workspaceId, isOwner } = useWorkspace();
  const { mutate, data, error, isPending, reset } = useMutation(trpc.testCase.runAll.mutationOptions());
  const [override, setOverride] = useState(false);

  useEffect(() => {
    if (revision === null) return reset();
    // No document: the saved draft, exactly what would be published.
    mutate({ workspaceId, flowId });
  }, [revision, workspaceId, flowId, mutate, reset]);

  const tests: PublishTests =
    failure?.kind === 'tests'
      ? { phase: 'done', total: failure.total, failed: failure.failed }
      : revision === null
        ? { phase: 'waiting' }
        : isPending || (!data && !error)
          ? { phase: 'running' }
          : error
            ? { phase: 'error', error }
            : publishTestsOf(data!);
  // An override covers the failures the owner saw: a different set asks again.
  const failedKey = tests.phase === 'done' ? tests.failed.map((f) => f.id).join(',') : '';
  useEffect(() => setOverride(false), [failedKey]);
  return { tests, isOwner, override, setOverride, ...publishTestsGate({ tests, isOwner, override }) };
}
