import { type NodeOfType, type NodeType } from '../document/flow-node-schema';
import { type CompileContext } from './compile-context';
import { type CompiledNodeOfType } from './compiled-node-schema';
import { compileAsk } from './nodes/compile-ask';
import { compileConditionNode } from './nodes/compile-condition-node';
import { compileDelay } from './nodes/compile-delay';
import { compileEventTrigger } from './nodes/compile-event-trigger';
import { compileGoTo } from './nodes/compile-go-to';
import { compileHandoff } from './nodes/compile-handoff';
import { compileHttpRequest } from './nodes/compile-http-request';
import { compileKeywordTrigger } from './nodes/compile-keyword-trigger';
import { compileRandomSplit } from './nodes/compile-random-split';
import { compileSendMessage } from './nodes/compile-send-message';
import { compileSetVariable } from './nodes/compile-set-variable';
import { compileTagContact } from './nodes/compile-tag-contact';

type NodeCompiler<K extends NodeType> = (
  data: NodeOfType<K>['data'],
  ctx: CompileContext,
) => Omit<CompiledNodeOfType<K>, 'id' | 'type' | 'transitions'>;

/** The compiler half of every node type: document data → compiled behaviour. */
export const nodeCompilers = {
  'keyword-trigger': compileKeywordTrigger,
  'event-trigger': compileEventTrigger,
  fallback: () => ({}),
  'send-message': compileSendMessage,
  ask: compileAsk,
  condition: compileConditionNode,
  'set-variable': compileSetVariable,
  'tag-contact': compileTagContact,
  'http-request': compileHttpRequest,
  'random-split': compileRandomSplit,
  delay: compileDelay,
  handoff: compileHandoff,
  'go-to': compileGoTo,
  end: (data) => ({ clearVariables: data.clearVariables }),
} satisfies { [K in NodeType]: NodeCompiler<K> };
