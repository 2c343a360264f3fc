import { type Trigger } from '../compiler/compiled-flow-schema';

/** The triggers in evaluation order: compiled order, or by effective priority when some are overridden. */
export function orderedTriggers(
  triggers: readonly Trigger[],
  overrides: Readonly<Record<string, number>> | undefined,
): readonly Trigger[] {
  if (!overrides || Object.keys(overrides).length === 0) return triggers;
  const priority = (t: Trigger) => overrides[t.nodeId] ?? t.priority;
  return triggers
    .map((trigger, index) => ({ trigger, index }))
    .sort((a, b) => priority(b.trigger) - priority(a.trigger) || a.index - b.index)
    .map((entry) => entry.trigger);
}
