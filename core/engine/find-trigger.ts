import { type Trigger } from '../compiler/compiled-flow-schema';
import { zonedParts } from '../time/zoned-parts';
import { type InboundEvent } from './inbound-event-schema';
import { matchTrigger } from './match-trigger';
import { orderedTriggers } from './ordered-triggers';
import { type Run } from './run';

function withinLimits(trigger: Trigger, run: Run, today: string): boolean {
  const counter = run.state.triggerCounters[trigger.nodeId];
  if (!counter) return true;
  const { maxPerDay, cooldownSeconds } = trigger.limits;
  const firedToday = counter.day === today ? counter.count : 0;
  if (maxPerDay !== undefined && firedToday >= maxPerDay) return false;
  return cooldownSeconds === undefined || run.now.getTime() - counter.lastAt >= cooldownSeconds * 1000;
}

/**
 * The first trigger, in evaluation order (see `orderedTriggers`), that matches the event and is within its per-contact
 * limits; its counter is updated. Triggers skipped for their limits get a `limit-reached` mark.
 */
export function findTrigger(options: {
  run: Run;
  event: InboundEvent;
  interruptsOnly: boolean;
}): Trigger | null {
  const { run, event, interruptsOnly } = options;
  const today = zonedParts(run.now, run.compiled.timezone).date;
  for (const trigger of orderedTriggers(run.compiled.triggers, run.triggerPriorities)) {
    if ((interruptsOnly && !trigger.interrupt) || !matchTrigger(trigger.matcher, event)) continue;
    if (!withinLimits(trigger, run, today)) {
      run.effects.push({ type: 'mark', mark: 'limit-reached', nodeId: trigger.nodeId });
      continue;
    }
    const counter = run.state.triggerCounters[trigger.nodeId];
    const count = counter?.day === today ? counter.count + 1 : 1;
    run.state.triggerCounters[trigger.nodeId] = { day: today, count, lastAt: run.now.getTime() };
    return trigger;
  }
  return null;
}
