'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { nodeCatalogue } from '@/core';
import { useNodesIgnoringMoves } from '../store/use-nodes-ignoring-moves';
import { usePickLocalized } from '../use-pick-localized';
import { type InspectorFormProps } from './inspector-form-props';
import { SegmentedControl } from './segmented-control';
import { useFieldError } from './use-field-error';

function FlowTargetField({
  value,
  onChange,
  readOnly,
  error,
}: {
  value: string;
  onChange(flowId: string): void;
  readOnly: boolean;
  error: string | undefined;
}) {
  const t = useTranslations('inspector.goTo');
  const trpc = useTRPC();
  const { workspaceId } = useWorkspace();
  const flows = useQuery(trpc.flow.list.queryOptions({ workspaceId }));
  if (!flows.data) {
    return (
      <TextField
        label={t('flow')}
        value={value}
        disabled={readOnly}
        error={error ?? null}
        hint={flows.isError ? t('flowsUnavailable') : t('loadingFlows')}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  const known = flows.data.some((flow) => flow.id === value);
  return (
    <SelectField
      label={t('flow')}
      value={value}
      disabled={readOnly}
      options={[
        { value: '', label: t('chooseFlow') },
        ...(value !== '' && !known ? [{ value, label: t('missingFlow', { id: value }) }] : []),
        ...flows.data.map((flow) => ({ value: flow.id, label: flow.name })),
      ]}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function GoToForm({ node, onChange, readOnly }: InspectorFormProps<'go-to'>) {
  const t = useTranslations('inspector.goTo');
  const pick = usePickLocalized();
  const errorAt = useFieldError();
  const nodes = useNodesIgnoringMoves();
  const { data } = node;
  const targets = useMemo(
    () =>
      nodes
        .filter((n) => n.id !== node.id && !nodeCatalogue[n.type].entry)
        .map((n) => ({ value: n.id, label: `${n.label || pick(nodeCatalogue[n.type].label)} · ${n.id}` })),
    [nodes, node.id, pick],
  );
  const missing = data.nodeId !== '' && !targets.some((target) => target.value === data.nodeId);
  return (
    <div data-testid="inspector-go-to" className="flex flex-col gap-3">
      <SegmentedControl
        label={t('target')}
        value={data.target}
        disabled={readOnly}
        options={[
          { value: 'node', label: t('targetNode') },
          { value: 'flow', label: t('targetFlow') },
        ]}
        onChange={(target) => onChange({ ...data, target }, 'target')}
      />
      {data.target === 'node' ? (
        <SelectField
          label={t('node')}
          value={data.nodeId}
          disabled={readOnly}
          options={[
            { value: '', label: t('chooseNode') },
            ...(missing ? [{ value: data.nodeId, label: t('missingNode', { id: data.nodeId }) }] : []),
            ...targets,
          ]}
          onChange={(event) => onChange({ ...data, nodeId: event.target.value }, 'nodeId')}
        />
      ) : (
        <FlowTargetField
          value={data.flowId}
          readOnly={readOnly}
          error={errorAt('flowId')}
          onChange={(flowId) => onChange({ ...data, flowId }, 'flowId')}
        />
      )}
    </div>
  );
}
