import { describe, expect, it } from 'vitest';
import { createEmptyFlowDocument, exampleFlows, FLOW_SCHEMA_VERSION } from '@/core';
import { exportFlowFile } from '@/components/editor/io/export-flow-file';
import { flowFileSchema } from '@/components/editor/io/flow-file-schema';
import { locateJsonError } from '@/components/editor/io/locate-json-error';
import { MAX_FLOW_FILE_BYTES, parseFlowFile } from '@/components/editor/io/parse-flow-file';
import { readFlowFile } from '@/components/editor/io/read-flow-file';

const now = new Date('2025-03-01T10:00:00.000Z');

describe('exportFlowFile', () => {
  it('wraps the document in a replyflow/flow v1 file, pretty-printed', () => {
    const document = exampleFlows[0]!.document;
    const { filename, content } = exportFlowFile({ name: 'Order FAQ', document, now });
    expect(filename).toBe('order-faq.replyflow.json');
    expect(content).toContain('\n  "format": "replyflow/flow",');
    expect(content.endsWith('}\n')).toBe(true);
    const file = flowFileSchema.parse(JSON.parse(content));
    expect(file).toEqual({
      format: 'replyflow/flow',
      version: 1,
      name: 'Order FAQ',
      exportedAt: now.toISOString(),
      document,
    });
  });

  it.each([
    ['  Été: FAQ / 2025!  ', 'été-faq-2025.replyflow.json'],
    ['售后 流程', '售后-流程.replyflow.json'],
    ['***', 'flow.replyflow.json'],
    ['a'.repeat(59) + ' b', `${'a'.repeat(59)}.replyflow.json`],
  ])('names the file after the flow: %j', (name, filename) => {
    expect(exportFlowFile({ name, document: createEmptyFlowDocument(), now }).filename).toBe(filename);
  });
});

describe('parseFlowFile', () => {
  it('round-trips every example: export then parse gives the same document and name', () => {
    for (const example of exampleFlows) {
      const { content, filename } = exportFlowFile({
        name: example.name.en,
        document: example.document,
        now,
      });
      expect(parseFlowFile({ text: content, fileName: filename })).toEqual({
        ok: true,
        name: example.name.en,
        document: example.document,
      });
    }
  });

  it('accepts a bare document (with a BOM) and names it after the file', () => {
    const text = `\uFEFF${JSON.stringify(exampleFlows[1]!.document)}`;
    expect(parseFlowFile({ text, fileName: 'Leads.replyflow.json' })).toEqual({
      ok: true,
      name: 'Leads',
      document: exampleFlows[1]!.document,
    });
    expect(parseFlowFile({ text, fileName: 'leads.JSON' })).toMatchObject({ ok: true, name: 'leads' });
    expect(parseFlowFile({ text })).not.toHaveProperty('name');
  });

  it('falls back to the file name when the export has a blank name', () => {
    const { content } = exportFlowFile({ name: '   ', document: createEmptyFlowDocument(), now });
    expect(parseFlowFile({ text: content, fileName: 'backup.json' })).toMatchObject({
      ok: true,
      name: 'backup',
    });
  });

  it('migrates an older document', () => {
    const text = JSON.stringify({ schemaVersion: 1, timezone: 'Europe/Paris', nodes: [], edges: [] });
    const result = parseFlowFile({ text });
    expect(result.ok && result.document.schemaVersion).toBe(FLOW_SCHEMA_VERSION);
  });

  it('locates a JSON syntax error by line and column', () => {
    const result = parseFlowFile({ text: '{\n  "schemaVersion": 2,\n  "nodes": [,]\n}' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-json', line: 3, column: 13 }] });
  });

  it('locates a truncated file at its end', () => {
    const result = parseFlowFile({ text: '{\n  "schemaVersion": 2,' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-json', line: 2 }] });
    expect(result.ok ? null : result.errors[0]).toHaveProperty('detail');
  });

  it.each([
    ['[]', { code: 'not-an-object' }],
    ['"flow"', { code: 'not-an-object' }],
    [
      '{"format":"n8n/workflow","version":1,"document":{}}',
      { code: 'unknown-format', format: 'n8n/workflow' },
    ],
    ['{"format":"replyflow/flow","version":2,"document":{}}', { code: 'unsupported-version', version: '2' }],
    ['{"format":"replyflow/flow","version":1,"name":"x"}', { code: 'missing-document' }],
  ])('refuses %s', (text, error) => {
    expect(parseFlowFile({ text })).toEqual({ ok: false, errors: [error] });
  });

  it('lists every document issue with its path', () => {
    const document = exampleFlows[0]!.document;
    const broken = {
      ...document,
      nodes: document.nodes.map((node, index) =>
        index === 0
          ? { ...node, type: 'nope' }
          : index === 2
            ? { ...node, position: { x: 'a', y: 0 } }
            : node,
      ),
    };
    const { content } = exportFlowFile({ name: 'x', document: broken as never, now });
    const result = parseFlowFile({ text: content });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code === 'invalid-document' && e.path)).toEqual([
      'nodes.0.type',
      'nodes.2.position.x',
    ]);
    expect(parseFlowFile({ text: '{}' })).toEqual({
      ok: false,
      errors: [{ code: 'invalid-document', path: '', message: 'schemaVersion must be a positive integer' }],
    });
  });
});

describe('readFlowFile', () => {
  it('refuses a file over 5 MB without reading it', async () => {
    const file = {
      name: 'big.json',
      size: MAX_FLOW_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    };
    expect(await readFlowFile(file as unknown as File)).toEqual({
      ok: false,
      errors: [{ code: 'too-large', maxBytes: MAX_FLOW_FILE_BYTES }],
    });
  });

  it('reads a file and parses it with its name', async () => {
    const { content } = exportFlowFile({ name: 'Leads', document: exampleFlows[1]!.document, now });
    const file = new File([content], 'leads.replyflow.json', { type: 'application/json' });
    expect(await readFlowFile(file)).toMatchObject({ ok: true, name: 'Leads' });
  });

  it('reports a file that cannot be read', async () => {
    const file = { name: 'x.json', size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await readFlowFile(file as unknown as File)).toEqual({
      ok: false,
      errors: [{ code: 'unreadable' }],
    });
  });
});

describe('locateJsonError', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    for (const text of [
      '0',
      '-1.5e+3',
      ' "a\\u00e9\\n" ',
      '[]',
      '{}',
      '[true,false,null,{"a":[1,{"b":""}]}]',
    ]) {
      expect(() => JSON.parse(text), text).not.toThrow();
      expect(locateJsonError(text), text).toBeNull();
    }
    for (const example of exampleFlows)
      expect(locateJsonError(JSON.stringify(example.document, null, 2))).toBeNull();
  });

  it.each([
    ['', 0],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ["{'a':1}", 1],
    ['01', 1],
    ['tru', 3],
    ['"a\\x"', 3],
    ['"line\nbreak"', 5],
    ['{"a":1} x', 8],
    ['-', 0],
  ])('finds the first error in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toBe(offset);
  });
});
