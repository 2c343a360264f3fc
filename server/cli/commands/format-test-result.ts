import { type ReplyDiffLine } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { type TestCaseResult } from '../../simulator/run-test-case';
import { describeAction } from './describe-action';

/** A multi-line message under a label; continuation lines are aligned under the first. */
function labelled(label: string, lines: string[]): string[] {
  const pad = ' '.repeat(label.length);
  return lines.map((line, i) => `    ${i === 0 ? label : pad}${line}`);
}

function diffLines(line: ReplyDiffLine): string[] {
  switch (line.kind) {
    case 'same':
      return labelled('  ', line.text);
    case 'changed':
      return [...labelled('- ', line.expected), ...labelled('+ ', line.actual)];
    case 'missing':
      return labelled('missing: ', line.expected);
    case 'unexpected':
      return labelled('unexpected: ', line.actual);
    default:
      return assertNever(line);
  }
}

/**
 * One test case's result as plain lines for a CI log: `✓ name`, or `✗ name` followed by every
 * failing step (1-based, with its action) and its replies compared: `- expected` / `+ actual`,
 * `missing: …`, `unexpected: …`, matching replies as indented context, then the step's error.
 */
export function formatTestResult(result: TestCaseResult): string[] {
  if (result.passed) return [`✓ ${result.name}`];
  const lines = [`✗ ${result.name}`];
  for (const step of result.steps) {
    if (step.ok) continue;
    lines.push(`  step ${step.index + 1}: ${describeAction(step.action)}`);
    for (const line of step.lines) lines.push(...diffLines(line));
    if (step.error) lines.push(`    error: ${step.error}`);
  }
  return lines;
}
