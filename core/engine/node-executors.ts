import { type CompiledNode, type CompiledNodeOfType } from '../compiler/compiled-node-schema';
import { executeAsk } from './nodes/execute-ask';
import { executeCondition } from './nodes/execute-condition';
import { executeDelay } from './nodes/execute-delay';
import { executeEnd } from './nodes/execute-end';
import { executeGoTo } from './nodes/execute-go-to';
import { executeHandoff } from './nodes/execute-handoff';
import { executeHttpRequest } from './nodes/execute-http-request';
import { executeRandomSplit } from './nodes/execute-random-split';
import { executeSendMessage } from './nodes/execute-send-message';
import { executeSetVariable } from './nodes/execute-set-variable';
import { executeTagContact } from './nodes/execute-tag-contact';
import { type NodeOutcome, type Run } from './run';

type NodeExecutor<K extends CompiledNode['type']> = (node: CompiledNodeOfType<K>, run: Run) => NodeOutcome;

const passThrough = (): NodeOutcome => ({ port: 'out' });

/** The engine half of every node type: what happens when a conversation enters the node. */
export const nodeExecutors = {
  'keyword-trigger': passThrough,
  'event-trigger': passThrough,
  fallback: passThrough,
  'send-message': executeSendMessage,
  ask: executeAsk,
  condition: executeCondition,
  'set-variable': executeSetVariable,
  'tag-contact': executeTagContact,
  'http-request': executeHttpRequest,
  'random-split': executeRandomSplit,
  delay: executeDelay,
  handoff: executeHandoff,
  'go-to': executeGoTo,
  end: executeEnd,
} satisfies { [K in CompiledNode['type']]: NodeExecutor<K> };
