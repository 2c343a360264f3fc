import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowDocument, type FlowFile, type TestCase } from '@/core';
import { runTest } from '@/server/cli/commands/test';
import { runValidate } from '@/server/cli/commands/validate';
import { recordTestCase } from './record-test-case';
import { testCommandFlow } from './test-command-flow';

const dir = mkdtempSync(path.join(os.tmpdir(), 'replyflow-test-cmd-'));
let greeting: TestCase;
let order: TestCase;

beforeAll(async () => {
  greeting = (
    await recordTestCase({
      document: testCommandFlow(),
      name: 'Greeting and follow-up',
      actions: [
        { type: 'event', event: { type: 'text', text: 'hi' } },
        { type: 'advance', ms: 61_000 },
      ],
    })
  ).testCase;
  const recorded = await recordTestCase({
    document: testCommandFlow(),
    name: 'Order lookup',
    actions: [{ type: 'event', event: { type: 'text', text: 'order' } }],
    httpBody: { status: 'shipped' },
  });
  expect(recorded.calls).toBe(1);
  order = recorded.testCase;
});

function writeFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function flowFile(document: FlowDocument, tests?: TestCase[]): FlowFile {
  return {
    format: 'replyflow/flow',
    version: 1,
    name: 'Test flow',
    exportedAt: '2026-03-02T02:00:00.000Z',
    document,
    ...(tests ? { tests } : {}),
  };
}

async function run(file: string, options: { json?: boolean; filter?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTest({
    file,
    json: options.json ?? false,
    ...(options.filter === undefined ? {} : { filter: options.filter }),
    out: (s) => out.push(s),
    err: (s) => err.push(s),
  });
  return { code, out, err: err.join('\n') };
}

describe('replyflow test', () => {
  it('exits 0 and prints ✓ per test case when every test case passes', async () => {
    const result = await run(writeFile('pass.json', flowFile(testCommandFlow(), [greeting, order])));
    expect(result.err).toBe('');
    expect(result.out).toEqual([
      '✓ Greeting and follow-up',
      '✓ Order lookup',
      '2 passed, 0 failed (2 test cases)',
    ]);
    expect(result.code).toBe(0);
  });

  it('exits 1 and shows expected and actual when a reply changed', async () => {
    const document = testCommandFlow({ hello: 'Hi there {{ contact.name }}' });
    const result = await run(writeFile('changed.json', flowFile(document, [greeting, order])));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      '✗ Greeting and follow-up',
      '  step 1: Send "hi"',
      '    - Hello Li',
      '    + Hi there Li',
      '✓ Order lookup',
      '1 passed, 1 failed (2 test cases)',
    ]);
  });

  it('fires a delay on an advance step, and reports a reply the delay no longer produces', async () => {
    expect(greeting.steps[1]!.expect.map((r) => r.message)).toEqual([{ kind: 'text', text: 'Still there?' }]);
    const document = testCommandFlow({ delaySeconds: 120 });
    const result = await run(writeFile('slower.json', flowFile(document, [greeting])));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      '✗ Greeting and follow-up',
      '  step 2: Advance 1 min 1 s',
      '    missing: Still there?',
      '0 passed, 1 failed (1 test case)',
    ]);
  });

  it('replays the recorded HTTP response instead of calling out', async () => {
    expect(order.steps[0]!.http).toMatchObject([
      { nodeId: 'http-order', request: { url: 'https://orders.invalid/api/orders/1' } },
    ]);
    expect(order.steps[0]!.expect.map((r) => r.message)).toEqual([
      { kind: 'text', text: 'Order is shipped' },
    ]);
    const replayed = structuredClone(order);
    replayed.steps[0]!.http[0]!.response.body = { status: 'delivered' };
    const result = await run(writeFile('replayed.json', flowFile(testCommandFlow(), [replayed])));
    expect(result.code).toBe(1);
    expect(result.out).toContain('    - Order is shipped');
    expect(result.out).toContain('    + Order is delivered');
  });

  it('runs only the test cases matching --filter', async () => {
    const result = await run(writeFile('filter.json', flowFile(testCommandFlow(), [greeting, order])), {
      filter: 'ORDER',
    });
    expect(result.out).toEqual(['✓ Order lookup', '1 passed, 0 failed (1 test case)']);
    const none = await run(path.join(dir, 'filter.json'), { filter: 'nothing' });
    expect(none.code).toBe(2);
    expect(none.err).toContain('contains "nothing"');
  });

  it('prints one JSON object with --json', async () => {
    const document = testCommandFlow({ hello: 'Hey' });
    const result = await run(writeFile('json.json', flowFile(document, [greeting, order])), { json: true });
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(1);
    const report = JSON.parse(result.out[0]!) as Record<string, unknown>;
    expect(report).toMatchObject({ name: 'Test flow', ok: false, total: 2, passed: 1, failed: 1 });
    expect(report.results).toMatchObject([
      {
        name: 'Greeting and follow-up',
        passed: false,
        firstFailure: 0,
        steps: [
          {
            index: 0,
            ok: false,
            lines: [{ kind: 'changed', expected: ['Hello Li'], actual: ['Hey'] }],
            error: null,
          },
          { index: 1, ok: true },
        ],
      },
      { name: 'Order lookup', passed: true, firstFailure: null },
    ]);
  });

  it('exits 2 for a bare document without test cases', async () => {
    const file = writeFile('bare.json', testCommandFlow());
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `replyflow: no test cases in ${file}; export the flow from the editor with its test cases`,
    );
    expect(result.out).toEqual([]);
  });

  it('exits 2 and prints the diagnostics when the flow has errors', async () => {
    const broken = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../fixtures/flows/broken.flow.json'), 'utf8'),
    ) as FlowDocument;
    const file = writeFile('broken.json', flowFile(broken, [greeting]));
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('error   invalid-regex (node bad-regex)');
    expect(result.err).toContain(`replyflow: ${file} has 5 errors; fix them to run its tests`);
    const json = await run(file, { json: true });
    expect(JSON.parse(json.out[0]!)).toMatchObject({ ok: false, diagnostics: expect.any(Array) });
  });

  it('exits 2 with path: message lines for an invalid export wrapper', async () => {
    const bad = { ...flowFile(testCommandFlow(), [{ ...greeting, name: '' }]), version: 2 };
    const result = await run(writeFile('bad-wrapper.json', bad));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is not a valid flow file:\n {2}version: .*\n {2}tests\.0\.name: /);
    const badDocument = {
      ...flowFile(testCommandFlow(), [greeting]),
      document: { schemaVersion: 2, nodes: [{ id: 'x', type: 'warp' }] },
    };
    const documentResult = await run(writeFile('bad-document.json', badDocument));
    expect(documentResult.err).toMatch(/is not a valid flow document:\n {2}document\.nodes\.0\.type: /);
  });

  it('refuses two test cases with the same name, as the editor does', async () => {
    const result = await run(writeFile('twice.json', flowFile(testCommandFlow(), [greeting, greeting])));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/tests\.1\.name: Duplicate test case name/);
  });

  it('lets validate read an export with test cases too', async () => {
    const out: string[] = [];
    const file = writeFile('validate.json', flowFile(testCommandFlow(), [greeting]));
    const code = await runValidate({ file, json: false, out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/is valid/);
  });
});
