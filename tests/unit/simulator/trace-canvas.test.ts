import { Position, ReactFlowProvider } from '@xyflow/react';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { useCanvasEdges } from '@/components/editor/canvas/use-canvas-edges';
import { PortEdge } from '@/components/editor/edges/port-edge';
import { NodeShell } from '@/components/editor/nodes/node-shell';
import { traceDoc } from './trace-fixture';
import { renderInEditor } from './trace-render';

const trace = { activeNodeId: 'ask', pathNodeIds: ['trigger', 'ask'], pathEdgeIds: ['e-trigger-ask'] };
const doc = traceDoc();
const Body = () => null;

function shellTag(id: string, withTrace: boolean): string {
  const node = doc.nodes.find((n) => n.id === id)!;
  const html = renderInEditor({
    element: h(ReactFlowProvider, {
      children: h(NodeShell, { id, node, severity: null, problems: 0, selected: false, Body }),
    }),
    doc,
    trace: withTrace ? trace : null,
    locale: 'en',
  });
  const start = html.indexOf('<div role="group"');
  return html.slice(start, html.indexOf('>', start) + 1);
}

describe('canvas trace styling', () => {
  it('marks the active node and the path nodes on the node card', () => {
    const active = shellTag('ask', true);
    expect(active).toContain('data-sim-active="true"');
    expect(active).toContain('data-sim-path="true"');
    expect(active).toContain('outline-blue-600');

    const onPath = shellTag('trigger', true);
    expect(onPath).toContain('data-sim-path="true"');
    expect(onPath).not.toContain('data-sim-active');
    expect(onPath).toContain('outline-blue-300');

    expect(shellTag('cond', true)).not.toContain('data-sim-');
    expect(shellTag('ask', false)).not.toContain('data-sim-');
  });

  it('flags path edges in their data (animated) and draws them thick and blue', () => {
    let edges: ReturnType<typeof useCanvasEdges> = [];
    function Probe() {
      edges = useCanvasEdges();
      return null;
    }
    renderInEditor({ element: h(Probe), doc, trace, locale: 'en' });
    const byId = new Map(edges.map((e) => [e.id, e]));
    expect(byId.get('e-trigger-ask')).toMatchObject({ animated: true, data: { simPath: true } });
    expect(byId.get('e-ask-cond')?.data?.simPath).toBe(false);
    expect(byId.get('e-ask-cond')?.animated).toBeUndefined();

    const edgeProps = {
      id: 'e-trigger-ask',
      source: 'trigger',
      target: 'ask',
      sourceX: 0,
      sourceY: 0,
      targetX: 0,
      targetY: 100,
      sourcePosition: Position.Bottom,
      targetPosition: Position.Top,
      selected: false,
    };
    const draw = (simPath: boolean) =>
      renderInEditor({
        element: h(ReactFlowProvider, {
          children: h('svg', {
            children: h(PortEdge, { ...edgeProps, data: { label: '', severity: null, simPath } } as never),
          }),
        }),
        doc,
        locale: 'en',
      });
    const onPath = draw(true);
    expect(onPath).toContain('data-sim-path="true"');
    expect(onPath).toContain('stroke:#2563eb');
    expect(onPath).toContain('stroke-width:3');
    expect(draw(false)).not.toContain('data-sim-path');
  });
});
