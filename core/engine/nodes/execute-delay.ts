import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { nextTimeWithinWindow } from '../../time/next-time-within-window';
import { type NodeOutcome, type Run } from '../run';

/** Schedules the wake-up (moved into the allowed window if there is one) and waits for it. */
export function executeDelay(node: CompiledNodeOfType<'delay'>, run: Run): NodeOutcome {
  const due = new Date(run.now.getTime() + node.seconds * 1000);
  const fireAt =
    node.allowedWindow === null
      ? due
      : (nextTimeWithinWindow({
          window: node.allowedWindow,
          from: due,
          defaultTimezone: run.compiled.timezone,
        }) ?? due);
  const timerId = run.nextId(node.id);
  run.effects.push({ type: 'schedule-timer', timerId, fireAt: fireAt.getTime() });
  return { wait: { kind: 'timer', nodeId: node.id, timerId } };
}
