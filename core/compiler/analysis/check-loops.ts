import { nodeCatalogue } from '../../catalogue/node-catalogue';
import { createDiagnostic } from '../create-diagnostic';
import { type Diagnostic } from '../diagnostic-schema';
import { type FlowGraph } from './flow-graph';

const BRANCHING = new Set(['condition', 'random-split']);
const LISTED = 5;

/**
 * Finds cycles that can run without waiting (through no ask, delay, HTTP or handoff node) with
 * Tarjan's strongly connected components, iteratively so deep graphs cannot overflow the stack.
 * A cycle without any branching node loops forever (error); one with a branch may (warning).
 */
export function checkLoops(graph: FlowGraph, diagnostics: Diagnostic[]): void {
  const successors = (id: string): string[] => {
    const node = graph.nodes.get(id);
    if (!node || nodeCatalogue[node.type].waits) return [];
    return Object.values(graph.transitions.get(id) ?? {}).filter((target): target is string => {
      const next = target === null ? undefined : graph.nodes.get(target);
      return next !== undefined && !nodeCatalogue[next.type].waits;
    });
  };
  const position = new Map([...graph.nodes.keys()].map((id, order) => [id, order]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;
  for (const root of graph.nodes.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; next: string[]; cursor: number }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter += 1;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: successors(id), cursor: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const target = frame.next[frame.cursor];
      if (target !== undefined) {
        frame.cursor += 1;
        if (!index.has(target)) open(target);
        else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      const selfLoop = component.length === 1 && successors(frame.id).includes(frame.id);
      if (component.length > 1 || selfLoop) report(component);
    }
  }

  function report(component: string[]): void {
    const ordered = component.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const branching = ordered.some((id) => BRANCHING.has(graph.nodes.get(id)?.type ?? ''));
    const listed = ordered.slice(0, LISTED).join(' → ') + (ordered.length > LISTED ? ' …' : '');
    diagnostics.push(
      createDiagnostic({
        code: branching ? 'possible-loop' : 'infinite-loop',
        nodeId: ordered[0],
        detail: listed,
      }),
    );
  }
}
