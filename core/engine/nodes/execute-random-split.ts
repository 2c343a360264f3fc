import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { stableUnitInterval } from '../../shared/stable-unit-interval';
import { type NodeOutcome, type Run } from '../run';

/** Weighted split keyed on contact and node, so a contact always lands in the same variant. */
export function executeRandomSplit(node: CompiledNodeOfType<'random-split'>, run: Run): NodeOutcome {
  const total = node.variants.reduce((sum, variant) => sum + variant.weight, 0);
  let point = stableUnitInterval(`${run.state.contact.id}:${node.id}`) * total;
  for (const variant of node.variants) {
    if (point < variant.weight) return { port: variant.id };
    point -= variant.weight;
  }
  return { port: node.variants.at(-1)?.id ?? null };
}
