import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFlow, nodeCatalogue, parseFlowDocument } from '@/core';

const DOC = path.resolve(__dirname, '../../../docs/flow-format.md');
const markdown = readFileSync(DOC, 'utf8');

/** Every fenced ```json block of the document, with the line it starts on. */
function jsonBlocks(text: string): { line: number; source: string }[] {
  const blocks: { line: number; source: string }[] = [];
  const pattern = /^```json[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ line, source: match[1] ?? '' });
  }
  return blocks;
}

/** Parses and compiles one example; returns the problems found (empty when it is valid). */
function problemsOf(source: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return [`invalid JSON: ${String(error)}`];
  }
  const parsed = parseFlowDocument(json);
  if (!parsed.ok) return parsed.issues.map((issue) => `parse ${issue.path}: ${issue.message}`);
  const { diagnostics } = compileFlow(parsed.document);
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.nodeId ?? ''} ${diagnostic.message}`);
}

const blocks = jsonBlocks(markdown);

describe('docs/flow-format.md', () => {
  it('has json examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(Object.keys(nodeCatalogue).length);
  });

  it.each(blocks.map((block) => [block.line, block.source] as const))(
    'the example at line %i parses and compiles without errors',
    (_line, source) => {
      expect(problemsOf(source)).toEqual([]);
    },
  );

  it.each(Object.keys(nodeCatalogue))('documents node type %s in its own section', (type) => {
    const heading = new RegExp(`^### ${type.replace(/[-]/g, '\\-')}\\s*$`, 'm');
    expect(markdown).toMatch(heading);
  });

  it.each(Object.keys(nodeCatalogue))('has an example flow that uses node type %s', (type) => {
    const uses = blocks.some((block) => {
      try {
        const parsed = parseFlowDocument(JSON.parse(block.source));
        return parsed.ok && parsed.document.nodes.some((node) => node.type === type);
      } catch {
        return false;
      }
    });
    expect(uses).toBe(true);
  });

  it('detects a broken example', () => {
    expect(problemsOf('{ "schemaVersion": 2, "nodes": [ }')).not.toEqual([]);
    expect(
      problemsOf('{ "schemaVersion": 2, "nodes": [{ "id": "x", "type": "nope", "data": {} }] }'),
    ).not.toEqual([]);
    const noEntry = { schemaVersion: 2, nodes: [{ id: 'a', type: 'end', data: {} }] };
    expect(problemsOf(JSON.stringify(noEntry))).not.toEqual([]);
  });
});
