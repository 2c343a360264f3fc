import path from 'node:path';
import { compileFlow } from '@/core';
import { runTestCase, type TestCaseResult } from '../../simulator/run-test-case';
import { formatDiagnostic } from './format-diagnostic';
import { formatTestResult } from './format-test-result';
import { loadFlowFile } from './load-flow-file';

export interface TestOptions {
  file: string;
  json: boolean;
  /** Runs only the test cases whose name contains this (case-insensitive). */
  filter?: string;
  /** Writes one line of standard output (the line break is added by the writer). */
  out: (s: string) => void;
  /** Writes one line of standard error. */
  err: (s: string) => void;
}

/** Stand-in flow id: a file has none, and a test run only needs the draft to be "the live flow". */
const FILE_FLOW_ID = 'file';

/**
 * `replyflow test <flow.json> [--json] [--filter text]`: runs the test cases exported with a flow
 * (`tests` of a `replyflow/flow` file) against its document, offline: HTTP requests get the
 * responses recorded with each test case. Exit code 0 when every test case passes, 1 when any
 * fails, 2 when the file is unusable, the flow has errors, or there is no test case to run.
 */
export async function runTest(opts: TestOptions): Promise<number> {
  const fail = (message: string, extra: object = {}): number => {
    if (opts.json)
      opts.out(JSON.stringify({ file: opts.file, ok: false, error: message, ...extra }, null, 2));
    opts.err(`replyflow: ${message}`);
    return 2;
  };
  const loaded = await loadFlowFile(opts.file);
  if (!loaded.ok) return fail(loaded.message);
  const { compiled, diagnostics } = compileFlow(loaded.document);
  if (!compiled) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!opts.json) for (const d of errors) opts.err(formatDiagnostic(d));
    return fail(
      `${opts.file} has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them to run its tests`,
      { diagnostics: errors },
    );
  }

  if (loaded.tests.length === 0)
    return fail(`no test cases in ${opts.file}; export the flow from the editor with its test cases`);
  const filter = opts.filter?.toLowerCase();
  const tests = filter ? loaded.tests.filter((t) => t.name.toLowerCase().includes(filter)) : loaded.tests;
  if (tests.length === 0)
    return fail(
      `no test case name in ${opts.file} contains "${opts.filter}" (${loaded.tests.length} test cases)`,
    );

  const results: TestCaseResult[] = [];
  for (const testCase of tests) {
    const result = await runTestCase({ compiled, flowId: FILE_FLOW_ID, testCase }).catch(
      (error: unknown): TestCaseResult => {
        // A step that cannot apply is reported by runTestCase; anything else fails this test case only.
        const message = error instanceof Error ? error.message : String(error);
        const step = { index: 0, action: testCase.steps[0]!.action, ok: false, lines: [], actual: [] };
        return {
          name: testCase.name,
          passed: false,
          firstFailure: 0,
          steps: [{ ...step, error: `internal error: ${message}` }],
        };
      },
    );
    results.push(result);
    if (!opts.json) for (const line of formatTestResult(result)) opts.out(line);
  }

  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (opts.json) {
    const name = loaded.name ?? path.basename(opts.file);
    opts.out(
      JSON.stringify(
        { file: opts.file, name, ok: failed === 0, total: results.length, passed, failed, results },
        null,
        2,
      ),
    );
  } else {
    opts.out(
      `${passed} passed, ${failed} failed (${results.length} test case${results.length === 1 ? '' : 's'})`,
    );
  }
  return failed === 0 ? 0 : 1;
}
