import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileFlow,
  exampleFlows,
  flowNodeSchema,
  initialConversationState,
  nodeCatalogue,
  parseFlowDocument,
  step,
} from '@/core';

const nodeTypes = Object.keys(nodeCatalogue) as (keyof typeof nodeCatalogue)[];
const word = fc.constantFrom(
  'hi',
  '你好',
  'ＭＥＮＵ',
  'order',
  '',
  '  ',
  '(',
  '{{ x }}',
  '{{',
  'a|b',
  'out',
  'else',
  'a',
);

/** Arbitrary documents: random node types with catalogue defaults or garbage data, random edges. */
const documentArbitrary = fc
  .record({
    nodes: fc.array(
      fc.record({
        type: fc.constantFrom(...nodeTypes),
        id: fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'),
        mutate: fc.dictionary(
          fc.constantFrom('keywords', 'variable', 'url', 'match', 'priority', 'nodeId', 'scene'),
          fc.oneof(word, fc.array(word), fc.integer()),
        ),
      }),
      { maxLength: 12 },
    ),
    edges: fc.array(
      fc.record({
        source: fc.constantFrom('n0', 'n1', 'n2', 'n3', 'ghost'),
        sourcePort: fc.constantFrom(
          'out',
          'answer',
          'invalid',
          'timeout',
          'success',
          'error',
          'else',
          'a',
          'branch-1',
          'x',
        ),
        target: fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'ghost'),
      }),
      { maxLength: 16 },
    ),
    variables: fc.array(fc.record({ name: word }), { maxLength: 3 }),
  })
  .map(({ nodes, edges, variables }) => ({
    schemaVersion: 2,
    variables,
    nodes: nodes.map((node) => {
      const data = { ...nodeCatalogue[node.type].defaultData(), ...node.mutate };
      const candidate = { id: node.id, type: node.type, data };
      return flowNodeSchema.safeParse(candidate).success
        ? candidate
        : { id: node.id, type: node.type, data: nodeCatalogue[node.type].defaultData() };
    }),
    edges: edges.map((edge, index) => ({ id: `e${index}`, ...edge })),
  }));

describe('compiler properties', () => {
  it('never throws on arbitrary JSON and reports issues instead', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseFlowDocument(value);
        if (parsed.ok) compileFlow(parsed.document);
      }),
    );
  });

  it('never throws on random documents, is deterministic, and yields a compiled flow exactly when error-free', () => {
    fc.assert(
      fc.property(documentArbitrary, (raw) => {
        const parsed = parseFlowDocument(raw);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const first = compileFlow(parsed.document);
        const second = compileFlow(structuredClone(parsed.document));
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        const hasError = first.diagnostics.some((d) => d.severity === 'error');
        expect(first.compiled === null).toBe(hasError);
      }),
      { numRuns: 300 },
    );
  });

  it('step never throws and never mutates its input on compiled random documents', () => {
    const events = fc.oneof(
      fc.record({ type: fc.constant('text' as const), text: word }),
      fc.constant({ type: 'follow' as const }),
      fc.record({ type: fc.constant('timer-fired' as const), timerId: fc.constantFrom('n1:1', 'n2:1', 'x') }),
      fc.record({
        type: fc.constant('http-result' as const),
        requestId: fc.constantFrom('n1:1', 'n2:2'),
        status: fc.constantFrom(200, 500),
      }),
      fc.constant({ type: 'handoff-released' as const }),
    );
    fc.assert(
      fc.property(documentArbitrary, fc.array(events, { maxLength: 8 }), (raw, inbound) => {
        const parsed = parseFlowDocument(raw);
        if (!parsed.ok) return;
        const { compiled } = compileFlow(parsed.document);
        if (!compiled) return;
        let state = initialConversationState({ compiled, contact: { id: 'p' } });
        for (const event of inbound) {
          const snapshot = JSON.stringify(state);
          const result = step(compiled, state, event, {
            now: new Date('2026-01-01T00:00:00Z'),
            random: () => 0.5,
          });
          expect(JSON.stringify(state)).toBe(snapshot);
          expect(
            result.effects.filter((e) => e.type === 'mark' && e.mark === 'node-entered').length,
          ).toBeLessThanOrEqual(compiled.stepBudget);
          state = result.state;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('changes the hash whenever an example changes behaviour', () => {
    for (const { document } of exampleFlows) {
      const changed = structuredClone(document);
      changed.settings.stepBudget += 1;
      expect(compileFlow(changed).compiled?.hash).not.toBe(compileFlow(document).compiled?.hash);
    }
  });
});
