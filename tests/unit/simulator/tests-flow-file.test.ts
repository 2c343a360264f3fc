import { describe, expect, it } from 'vitest';
import { exampleFlows, type TestCase, testCaseSchema } from '@/core';
import { exportFlowFile } from '@/components/editor/io/export-flow-file';
import { flowFileSchema } from '@/components/editor/io/flow-file-schema';
import { parseFlowFile } from '@/components/editor/io/parse-flow-file';

const document = exampleFlows[0]!.document;
const now = new Date('2025-03-01T10:00:00.000Z');

function testCase(name: string): TestCase {
  return testCaseSchema.parse({
    version: 1,
    name,
    setup: { startAt: 0 },
    steps: [
      {
        action: { type: 'event', event: { type: 'text', text: 'hi' } },
        expect: [{ message: { kind: 'text', text: 'Hello' } }],
      },
    ],
  });
}

describe('flow files with test cases', () => {
  it('exports the test cases and imports them back unchanged', () => {
    const tests = [testCase('Greets'), testCase('Refund')];
    const { content } = exportFlowFile({ name: 'FAQ', document, tests, now });
    expect(flowFileSchema.parse(JSON.parse(content)).tests).toEqual(tests);
    const parsed = parseFlowFile({ text: content });
    expect(parsed).toEqual({ ok: true, name: 'FAQ', document, tests });
  });

  it('leaves `tests` out of an export without test cases, and the parse result has none', () => {
    const { content } = exportFlowFile({ name: 'FAQ', document, now });
    expect(JSON.parse(content)).not.toHaveProperty('tests');
    const parsed = parseFlowFile({ text: content });
    expect(parsed.ok && parsed.tests).toBeFalsy();
  });

  it('refuses a file whose test cases are invalid, naming where', () => {
    const file = JSON.parse(exportFlowFile({ name: 'FAQ', document, tests: [testCase('A')], now }).content);
    file.tests[0].steps = [];
    const parsed = parseFlowFile({ text: JSON.stringify(file) });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([expect.objectContaining({ code: 'invalid-tests', path: '0.steps' })]);
  });

  it('refuses two test cases with the same name (the import would refuse them)', () => {
    const { content } = exportFlowFile({ name: 'FAQ', document, tests: [testCase('A'), testCase('A')], now });
    const parsed = parseFlowFile({ text: content });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([expect.objectContaining({ code: 'invalid-tests', path: '1.name' })]);
  });
});
