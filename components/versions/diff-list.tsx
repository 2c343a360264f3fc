'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { type FieldChange, type FlowDiff, type FlowDocument, type FlowNode } from '@/core';
import { DiffEdgeList } from './diff-edge-list';
import { DiffNodeEntry } from './diff-node-entry';
import { FieldChangeTable } from './field-change-table';
import { useNodeNaming } from './use-node-naming';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

/** The readable diff: nodes added, removed, changed (with fields), connections, settings. */
export function DiffList({
  before,
  after,
  diff,
  focusId,
}: {
  before: FlowDocument;
  after: FlowDocument;
  diff: FlowDiff;
  /** A node to scroll to and highlight. */
  focusId: string | null;
}) {
  const t = useTranslations('history.diff.sections');
  const naming = useNodeNaming();
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));
  const changed = diff.nodes.changed.flatMap((c) => {
    const node = afterById.get(c.id);
    return node ? [{ node, fields: c.fields }] : [];
  });
  const moved = diff.nodes.moved.flatMap((id) => afterById.get(id) ?? []);
  const entry =
    (status: 'added' | 'removed' | 'changed' | 'moved') =>
    (item: { node: FlowNode; fields?: FieldChange[] }) => (
      <DiffNodeEntry
        key={item.node.id}
        node={item.node}
        status={status}
        fields={item.fields}
        naming={naming}
        highlighted={focusId === item.node.id}
      />
    );
  return (
    <div className="flex flex-col gap-5">
      {diff.nodes.added.length > 0 ? (
        <Section title={t('added')}>
          <ul className="flex flex-col gap-2">{diff.nodes.added.map((node) => entry('added')({ node }))}</ul>
        </Section>
      ) : null}
      {diff.nodes.removed.length > 0 ? (
        <Section title={t('removed')}>
          <ul className="flex flex-col gap-2">
            {diff.nodes.removed.map((node) => entry('removed')({ node }))}
          </ul>
        </Section>
      ) : null}
      {changed.length > 0 ? (
        <Section title={t('changed')}>
          <ul className="flex flex-col gap-2">{changed.map(entry('changed'))}</ul>
        </Section>
      ) : null}
      {diff.edges.added.length > 0 ? (
        <Section title={t('edgesAdded')}>
          <DiffEdgeList edges={diff.edges.added} doc={after} added naming={naming} />
        </Section>
      ) : null}
      {diff.edges.removed.length > 0 ? (
        <Section title={t('edgesRemoved')}>
          <DiffEdgeList edges={diff.edges.removed} doc={before} added={false} naming={naming} />
        </Section>
      ) : null}
      {diff.settings.length > 0 ? (
        <Section title={t('settings')}>
          <FieldChangeTable fields={diff.settings} />
        </Section>
      ) : null}
      {moved.length > 0 ? (
        <Section title={t('moved')}>
          <ul className="flex flex-col gap-2">{moved.map((node) => entry('moved')({ node }))}</ul>
        </Section>
      ) : null}
    </div>
  );
}
