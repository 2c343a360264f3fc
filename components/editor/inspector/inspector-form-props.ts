import { type NodeOfType, type NodeType } from '@/core';

/** What every node type's inspector form receives. `coalesceKey` names the field being edited. */
export interface InspectorFormProps<K extends NodeType> {
  node: NodeOfType<K>;
  onChange(data: NodeOfType<K>['data'], coalesceKey?: string): void;
  readOnly: boolean;
}
