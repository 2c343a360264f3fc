import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '@/server/cli/commands/validate';

const fixtures = path.resolve(__dirname, '../../fixtures/flows');

async function validate(file: string, json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate({ file, json, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('replyflow validate', () => {
  it('exits 0 for a valid flow', async () => {
    const result = await validate(path.join(fixtures, 'ecommerce-faq.flow.json'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^✓ .*ecommerce-faq\.flow\.json is valid \(0 errors, 0 warnings; hash [0-9a-f]{16}\)$/,
    );
  });

  it('prints diagnostics and exits 1 when the flow has errors', async () => {
    const result = await validate(path.join(fixtures, 'broken.flow.json'));
    expect(result.code).toBe(1);
    expect(result.out).toContain('error   invalid-regex (node bad-regex)');
    expect(result.out).toContain('warning keyword-shadowed (node hi-again)');
    expect(result.out).toContain('edge-target-missing (node hi-again, edge e5)');
    expect(result.out).toMatch(/✗ .*: 5 errors, 5 warnings$/);
  });

  it('prints a JSON report with --json', async () => {
    const result = await validate(path.join(fixtures, 'broken.flow.json'), true);
    const report = JSON.parse(result.out) as {
      ok: boolean;
      errors: number;
      hash: null;
      diagnostics: { code: string }[];
    };
    expect(report).toMatchObject({ ok: false, errors: 5, warnings: 5, hash: null });
    expect(report.diagnostics.map((d) => d.code)).toContain('infinite-loop');
  });

  it.each([
    ['a missing file', 'missing.json', null, /cannot read .*missing\.json/],
    ['invalid JSON', 'bad.json', '{ nope', /bad\.json is not valid JSON/],
    [
      'not a flow document',
      'other.json',
      '{"schemaVersion":2,"nodes":[{"id":"x","type":"warp"}]}',
      /nodes\.0\.type/,
    ],
  ])('exits 2 for %s', async (_name, name, content, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'replyflow-cli-'));
    const file = path.join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const result = await validate(file);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    const json = await validate(file, true);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false });
  });
});
