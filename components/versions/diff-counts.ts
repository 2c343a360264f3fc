import { type FlowDiff } from '@/core';

export type DiffCountKey =
  | 'nodesAdded'
  | 'nodesRemoved'
  | 'nodesChanged'
  | 'nodesMoved'
  | 'edgesAdded'
  | 'edgesRemoved'
  | 'settingsChanged';

/** The non-zero counts of a diff, in reading order, for the summary line ("2 nodes added, …"). */
export function diffCounts(diff: FlowDiff): { key: DiffCountKey; count: number }[] {
  const all: { key: DiffCountKey; count: number }[] = [
    { key: 'nodesAdded', count: diff.nodes.added.length },
    { key: 'nodesRemoved', count: diff.nodes.removed.length },
    { key: 'nodesChanged', count: diff.nodes.changed.length },
    { key: 'nodesMoved', count: diff.nodes.moved.length },
    { key: 'edgesAdded', count: diff.edges.added.length },
    { key: 'edgesRemoved', count: diff.edges.removed.length },
    { key: 'settingsChanged', count: diff.settings.length },
  ];
  return all.filter((c) => c.count > 0);
}
