import { type RankedTrigger } from './build-trigger';
import { type Trigger } from './compiled-flow-schema';

/** Evaluation order: higher priority first, then more specific, then document order. */
export function orderTriggers(ranked: RankedTrigger[]): Trigger[] {
  return [...ranked]
    .sort((a, b) => b.priority - a.priority || a.specificity - b.specificity || a.order - b.order)
    .map((entry) => entry.trigger);
}
