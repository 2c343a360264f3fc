import { z } from 'zod';
import { askNode } from './nodes/ask-node';
import { conditionNode } from './nodes/condition-node';
import { delayNode } from './nodes/delay-node';
import { endNode } from './nodes/end-node';
import { eventTriggerNode } from './nodes/event-trigger-node';
import { fallbackNode } from './nodes/fallback-node';
import { goToNode } from './nodes/go-to-node';
import { handoffNode } from './nodes/handoff-node';
import { httpRequestNode } from './nodes/http-request-node';
import { keywordTriggerNode } from './nodes/keyword-trigger-node';
import { randomSplitNode } from './nodes/random-split-node';
import { sendMessageNode } from './nodes/send-message-node';
import { setVariableNode } from './nodes/set-variable-node';
import { tagContactNode } from './nodes/tag-contact-node';

const base = {
  id: z.string().min(1),
  position: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
  /** Author's name for the node, shown on the canvas. */
  label: z.string().optional(),
};

/** A node of the flow document: a discriminated union on `type`. */
export const flowNodeSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal(keywordTriggerNode.type), data: keywordTriggerNode.dataSchema }),
  z.object({ ...base, type: z.literal(eventTriggerNode.type), data: eventTriggerNode.dataSchema }),
  z.object({ ...base, type: z.literal(fallbackNode.type), data: fallbackNode.dataSchema }),
  z.object({ ...base, type: z.literal(sendMessageNode.type), data: sendMessageNode.dataSchema }),
  z.object({ ...base, type: z.literal(askNode.type), data: askNode.dataSchema }),
  z.object({ ...base, type: z.literal(conditionNode.type), data: conditionNode.dataSchema }),
  z.object({ ...base, type: z.literal(setVariableNode.type), data: setVariableNode.dataSchema }),
  z.object({ ...base, type: z.literal(tagContactNode.type), data: tagContactNode.dataSchema }),
  z.object({ ...base, type: z.literal(httpRequestNode.type), data: httpRequestNode.dataSchema }),
  z.object({ ...base, type: z.literal(randomSplitNode.type), data: randomSplitNode.dataSchema }),
  z.object({ ...base, type: z.literal(delayNode.type), data: delayNode.dataSchema }),
  z.object({ ...base, type: z.literal(handoffNode.type), data: handoffNode.dataSchema }),
  z.object({ ...base, type: z.literal(goToNode.type), data: goToNode.dataSchema }),
  z.object({ ...base, type: z.literal(endNode.type), data: endNode.dataSchema }),
]);

export type FlowNode = z.infer<typeof flowNodeSchema>;
export type NodeType = FlowNode['type'];
export type NodeOfType<T extends NodeType> = Extract<FlowNode, { type: T }>;
