/** Where the publish dialog's run of the flow's test cases (on the saved draft) stands. */
export type PublishTests =
  | { phase: 'waiting' }
  | { phase: 'running' }
  /** Running them failed; the server still runs them when publishing. */
  | { phase: 'error'; error: unknown }
  | { phase: 'done'; total: number; failed: { id: string; name: string }[] };

export interface PublishTestsGate {
  /** Publishing must wait (tests running) or is refused (tests fail, no owner override). */
  blocks: boolean;
  /** Send `allowFailingTests: true` (an owner ticked the override while tests fail). */
  allowFailingTests: boolean;
}

/**
 * Pure: what failing test cases mean for the Publish button. A run that could not finish does not
 * block (the server runs the test cases again and refuses with TESTS_FAILED); failures block unless
 * an owner overrides them.
 */
export function publishTestsGate(input: {
  tests: PublishTests;
  isOwner: boolean;
  override: boolean;
}): PublishTestsGate {
  const { tests, isOwner, override } = input;
  if (tests.phase === 'waiting' || tests.phase === 'running')
    return { blocks: true, allowFailingTests: false };
  if (tests.phase === 'error' || tests.failed.length === 0)
    return { blocks: false, allowFailingTests: false };
  const overridden = isOwner && override;
  return { blocks: !overridden, allowFailingTests: overridden };
}

/** Pure: the failing test cases of a `testCase.runAll` result. */
export function publishTestsOf(summary: {
  total: number;
  results: readonly { id: string; name: string; passed: boolean }[];
}): PublishTests {
  const failed = summary.results.filter((r) => !r.passed).map(({ id, name }) => ({ id, name }));
  return { phase: 'done', total: summary.total, failed };
}
