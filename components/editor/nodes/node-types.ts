import { type NodeProps } from '@xyflow/react';
import { type ComponentType } from 'react';
import { type NodeType } from '@/core';
import { type CanvasNode } from '../canvas/canvas-types';
import { AskBody } from './bodies/ask-body';
import { ConditionBody } from './bodies/condition-body';
import { DelayBody } from './bodies/delay-body';
import { EndBody } from './bodies/end-body';
import { HandoffBody } from './bodies/handoff-body';
import { HttpRequestBody } from './bodies/http-request-body';
import { KeywordTriggerBody } from './bodies/keyword-trigger-body';
import { RandomSplitBody } from './bodies/random-split-body';
import { SendMessageBody } from './bodies/send-message-body';
import { SetVariableBody } from './bodies/set-variable-body';
import { SummaryBody } from './bodies/summary-body';
import { TagContactBody } from './bodies/tag-contact-body';
import { createNodeView } from './create-node-view';

/** `<ReactFlow nodeTypes>`: one view per node type; a type without a view fails the type check. */
export const nodeTypes = {
  'keyword-trigger': createNodeView('keyword-trigger', KeywordTriggerBody),
  'event-trigger': createNodeView('event-trigger', SummaryBody),
  fallback: createNodeView('fallback', SummaryBody),
  'send-message': createNodeView('send-message', SendMessageBody),
  ask: createNodeView('ask', AskBody),
  condition: createNodeView('condition', ConditionBody),
  'set-variable': createNodeView('set-variable', SetVariableBody),
  'tag-contact': createNodeView('tag-contact', TagContactBody),
  'http-request': createNodeView('http-request', HttpRequestBody),
  'random-split': createNodeView('random-split', RandomSplitBody),
  delay: createNodeView('delay', DelayBody),
  handoff: createNodeView('handoff', HandoffBody),
  'go-to': createNodeView('go-to', SummaryBody),
  end: createNodeView('end', EndBody),
} satisfies Record<NodeType, ComponentType<NodeProps<CanvasNode>>>;
