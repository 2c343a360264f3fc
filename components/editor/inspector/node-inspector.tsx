'use client';
import { useTranslations } from 'next-intl';
import { type ComponentType, memo, useCallback } from 'react';
import { TextField } from '@/components/ui/text-field';
import { type Diagnostic, type FlowNode, type NodeType, nodeCatalogue } from '@/core';
import { useEditorStore } from '../store/editor-store-context';
import { usePickLocalized } from '../use-pick-localized';
import { FieldErrorsContext } from './field-errors-context';
import { FlowPanel } from './flow-panel';
import { type InspectorFormProps } from './inspector-form-props';
import { inspectorForms } from './inspector-forms';
import { NodeDiagnostics } from './node-diagnostics';
import { useDataErrors } from './use-data-errors';

const NO_DIAGNOSTICS: Diagnostic[] = [];

function SelectedNode({ node, readOnly }: { node: FlowNode; readOnly: boolean }) {
  const t = useTranslations('inspector.node');
  const pick = usePickLocalized();
  const updateNodeData = useEditorStore((state) => state.updateNodeData);
  const setNodeLabel = useEditorStore((state) => state.setNodeLabel);
  const diagnostics = useEditorStore((state) => state.diagnosticsByNode[node.id] ?? NO_DIAGNOSTICS);
  const errors = useDataErrors(node.type, node.data);
  const definition = nodeCatalogue[node.type];
  const Form = inspectorForms[node.type] as ComponentType<InspectorFormProps<NodeType>>;
  const onChange = useCallback(
    (data: FlowNode['data'], coalesceKey?: string) =>
      updateNodeData(node.id, data, { coalesceKey: `${node.id}:${coalesceKey ?? 'data'}` }),
    [updateNodeData, node.id],
  );
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
          {pick(definition.label)}
        </p>
        <p className="text-sm text-slate-600">{pick(definition.description)}</p>
      </header>
      <TextField
        label={t('name')}
        value={node.label ?? ''}
        placeholder={pick(definition.label)}
        disabled={readOnly}
        onChange={(event) => setNodeLabel(node.id, event.target.value)}
      />
      <NodeDiagnostics diagnostics={diagnostics} />
      <FieldErrorsContext value={errors}>
        <fieldset disabled={readOnly} className="min-w-0">
          <legend className="sr-only">{t('settings')}</legend>
          <Form node={node} onChange={onChange} readOnly={readOnly} />
        </fieldset>
      </FieldErrorsContext>
    </div>
  );
}

/**
 * The right-side panel: the selected node's name, problems and form when exactly one node is
 * selected, otherwise the flow's variables and settings. Everything is disabled when read-only.
 */
export function NodeInspector() {
  const t = useTranslations('inspector');
  const selected = useEditorStore((state) =>
    state.selectedNodeIds.length === 1
      ? state.doc.nodes.find((n) => n.id === state.selectedNodeIds[0])
      : undefined,
  );
  const readOnly = useEditorStore((state) => state.readOnly);
  return (
    <aside aria-label={t('title')} className="flex h-full min-h-0 flex-col overflow-y-auto p-4">
      {selected ? <MemoSelectedNode key={selected.id} node={selected} readOnly={readOnly} /> : <FlowPanel />}
    </aside>
  );
}

/** A move changes the node's position only; the form re-renders for its data, label or read-only state. */
const MemoSelectedNode = memo(
  SelectedNode,
  (a, b) =>
    a.readOnly === b.readOnly &&
    a.node.id === b.node.id &&
    a.node.type === b.node.type &&
    a.node.data === b.node.data &&
    a.node.label === b.node.label,
);
