import { describe, expect, it } from 'vitest';
import { createEmptyFlowDocument, FLOW_SCHEMA_VERSION, parseFlowDocument } from '@/core';

describe('parseFlowDocument', () => {
  it('accepts the empty document and fills defaults', () => {
    const result = parseFlowDocument({ schemaVersion: FLOW_SCHEMA_VERSION });
    expect(result).toEqual({ ok: true, document: createEmptyFlowDocument() });
  });

  it('migrates a v1 document (top-level timezone, single keyword)', () => {
    const result = parseFlowDocument({
      schemaVersion: 1,
      timezone: 'Europe/Paris',
      nodes: [{ id: 'k', type: 'keyword-trigger', data: { keyword: 'bonjour', match: 'contains' } }],
      edges: [],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.schemaVersion).toBe(2);
    expect(result.document.settings.timezone).toBe('Europe/Paris');
    expect(result.document.nodes[0]).toMatchObject({
      data: { keywords: ['bonjour'], match: 'contains', priority: 0 },
    });
  });

  it.each([
    [null, '', 'a flow document must be a JSON object'],
    [[], '', 'a flow document must be a JSON object'],
    [{}, '', 'schemaVersion must be a positive integer'],
    [{ schemaVersion: 99 }, '', 'schemaVersion 99 is newer than this version of ReplyFlow'],
  ])('rejects %j', (input, path, message) => {
    expect(parseFlowDocument(input)).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('reports schema issues with their path', () => {
    const result = parseFlowDocument({ schemaVersion: 2, nodes: [{ id: 'x', type: 'teleport', data: {} }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe('nodes.0.type');
  });
});
