import type { Simulation } from '@/server/simulator/simulation-schema';

/**
 * Pure: the names of the variables the last step changed (set, changed or removed), comparing the
 * variables after its last turn with those after the latest earlier turn. A step without turns
 * (a clock move that fired nothing, a contact change) changed none.
 */
export function changedVariables(simulation: Simulation): Set<string> {
  const steps = simulation.steps;
  const last = steps.at(-1);
  const after = last?.turns.at(-1)?.variables;
  if (!last || !after) return new Set();
  const previous = steps.slice(0, -1).findLast((s) => s.turns.length > 0);
  const before = previous?.turns.at(-1)?.variables ?? {};
  const changed = new Set<string>();
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) changed.add(name);
  return changed;
}
