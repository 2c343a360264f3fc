import { type z } from 'zod';
import { type LocalizedText } from '../shared/localized-text';

export type NodeGroup = 'triggers' | 'messages' | 'input' | 'logic' | 'actions' | 'flow';

/** An output port of a node; edges leave from ports. */
export interface PortSpec {
  id: string;
  label: LocalizedText;
  /** A required port left unconnected is reported by the compiler. */
  required: boolean;
}

/**
 * Everything the editor palette and the compiler need to know about a node type, independent of
 * how it compiles or executes.
 */
export interface NodeDefinition<TType extends string, TSchema extends z.ZodType> {
  type: TType;
  group: NodeGroup;
  label: LocalizedText;
  description: LocalizedText;
  dataSchema: TSchema;
  defaultData: () => NoInfer<z.output<TSchema>>;
  ports: (data: NoInfer<z.output<TSchema>>) => PortSpec[];
  /** Conversations can start here (triggers and the fallback). */
  entry: boolean;
  /** Execution stops here until an outside event (answer, timer, HTTP result, release). */
  waits: boolean;
}

/** Identity helper that keeps the literal type and schema of a definition. */
export function defineNode<TType extends string, TSchema extends z.ZodType>(
  definition: NodeDefinition<TType, TSchema>,
): NodeDefinition<TType, TSchema> {
  return definition;
}
