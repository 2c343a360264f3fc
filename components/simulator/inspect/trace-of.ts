import { type FlowDocument } from '@/core';
import type { SimulationTrace } from '@/components/editor/store/editor-state';
import type { Simulation, SimulationStep } from '@/server/simulator/simulation-schema';

/** The node ids a step entered, in order, across all its turns (repeats kept). */
export function enteredNodesOf(step: SimulationStep): string[] {
  const entered: string[] = [];
  for (const turn of step.turns)
    for (const effect of turn.effects)
      if (effect.type === 'mark' && effect.mark === 'node-entered') entered.push(effect.nodeId);
  return entered;
}

/**
 * What the canvas highlights for a simulation:
 * - path: the nodes entered by the last step that ran any turn (a clock move that fired nothing, or
 *   a contact change, keeps the previous path), each once, in first-entered order;
 * - edges: for each consecutive pair a → b of entered nodes, the first edge of `doc` from a to b
 *   (any port); pairs with no such edge (a jump, a timer resuming elsewhere) draw none;
 * - active: the node the conversation waits at, else its current node; null without a conversation.
 */
export function traceOf(simulation: Simulation, doc: FlowDocument): SimulationTrace {
  const state = simulation.conversation?.state;
  const activeNodeId = state ? (state.wait?.nodeId ?? state.currentNodeId) : null;
  const step = simulation.steps.findLast((s) => s.turns.length > 0);
  const entered = step ? enteredNodesOf(step) : [];

  const edgeByPair = new Map<string, string>();
  for (const edge of doc.edges) {
    const key = `${edge.source}\u0000${edge.target}`;
    if (!edgeByPair.has(key)) edgeByPair.set(key, edge.id);
  }
  const pathEdgeIds = new Set<string>();
  for (let i = 1; i < entered.length; i++) {
    const id = edgeByPair.get(`${entered[i - 1]}\u0000${entered[i]}`);
    if (id !== undefined) pathEdgeIds.add(id);
  }
  return { activeNodeId, pathNodeIds: [...new Set(entered)], pathEdgeIds: [...pathEdgeIds] };
}
