import { type z } from 'zod';
import { type NodeOfType, type NodeType } from '../document/flow-node-schema';
import { askNode } from '../document/nodes/ask-node';
import { conditionNode } from '../document/nodes/condition-node';
import { delayNode } from '../document/nodes/delay-node';
import { endNode } from '../document/nodes/end-node';
import { eventTriggerNode } from '../document/nodes/event-trigger-node';
import { fallbackNode } from '../document/nodes/fallback-node';
import { goToNode } from '../document/nodes/go-to-node';
import { handoffNode } from '../document/nodes/handoff-node';
import { httpRequestNode } from '../document/nodes/http-request-node';
import { keywordTriggerNode } from '../document/nodes/keyword-trigger-node';
import { randomSplitNode } from '../document/nodes/random-split-node';
import { sendMessageNode } from '../document/nodes/send-message-node';
import { setVariableNode } from '../document/nodes/set-variable-node';
import { tagContactNode } from '../document/nodes/tag-contact-node';
import { type NodeDefinition } from './node-definition';

/** Every node type with its palette group, labels (en, zh-CN), ports and default data. */
export const nodeCatalogue = {
  'keyword-trigger': keywordTriggerNode,
  'event-trigger': eventTriggerNode,
  fallback: fallbackNode,
  'send-message': sendMessageNode,
  ask: askNode,
  condition: conditionNode,
  'set-variable': setVariableNode,
  'tag-contact': tagContactNode,
  'http-request': httpRequestNode,
  'random-split': randomSplitNode,
  delay: delayNode,
  handoff: handoffNode,
  'go-to': goToNode,
  end: endNode,
} satisfies { [K in NodeType]: NodeDefinition<K, z.ZodType<NodeOfType<K>['data'], unknown>> };
