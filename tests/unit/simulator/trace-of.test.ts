import { describe, expect, it } from 'vitest';
import { traceOf } from '@/components/simulator/inspect/trace-of';
import { entered, simulation, step, traceDoc, turn } from './trace-fixture';

describe('traceOf', () => {
  it('follows the last step across its turns, drawing the edge between each pair of entered nodes', () => {
    const sim = simulation(
      [
        step([turn(entered('trigger', 'no'))]),
        step([turn(entered('trigger', 'ask')), turn(entered('cond', 'yes'))]),
      ],
      { currentNodeId: 'yes' },
    );
    expect(traceOf(sim, traceDoc())).toEqual({
      activeNodeId: 'yes',
      pathNodeIds: ['trigger', 'ask', 'cond', 'yes'],
      // ask → cond crosses the turn boundary and is an edge of the document: drawn too.
      pathEdgeIds: ['e-trigger-ask', 'e-ask-cond', 'e-cond-yes'],
    });
  });

  it('draws no edge between entered nodes the document does not connect', () => {
    const sim = simulation([step([turn(entered('trigger', 'yes', 'no'))])]);
    expect(traceOf(sim, traceDoc()).pathEdgeIds).toEqual([]);
  });

  it('lists a node entered twice once, and ignores marks other than node-entered', () => {
    const sim = simulation([
      step([
        turn([
          ...entered('ask'),
          { type: 'mark', mark: 'answer-invalid', nodeId: 'ask' },
          { type: 'mark', mark: 'rule-matched', nodeId: 'no' },
          ...entered('ask', 'cond'),
        ]),
      ]),
    ]);
    expect(traceOf(sim, traceDoc())).toMatchObject({
      pathNodeIds: ['ask', 'cond'],
      pathEdgeIds: ['e-ask-cond'],
    });
  });

  it('keeps the path of the last step that ran a turn when the last step ran none', () => {
    const sim = simulation([
      step([turn(entered('trigger', 'ask'))]),
      step([], { action: { type: 'advance', ms: 60_000 } }),
    ]);
    expect(traceOf(sim, traceDoc()).pathNodeIds).toEqual(['trigger', 'ask']);
  });

  it('makes the node waited at the active one, else the current node, else none', () => {
    const steps = [step([turn(entered('trigger', 'ask'))])];
    const waiting = simulation(steps, {
      currentNodeId: 'trigger',
      wait: { kind: 'answer', nodeId: 'ask', attempts: 0, timerId: null },
    });
    expect(traceOf(waiting, traceDoc()).activeNodeId).toBe('ask');
    expect(traceOf(simulation(steps, { currentNodeId: 'cond' }), traceDoc()).activeNodeId).toBe('cond');
    expect(traceOf(simulation(steps, null), traceDoc()).activeNodeId).toBeNull();
  });

  it('is empty for a simulation without steps', () => {
    expect(traceOf(simulation([], null), traceDoc())).toEqual({
      activeNodeId: null,
      pathNodeIds: [],
      pathEdgeIds: [],
    });
  });
});
