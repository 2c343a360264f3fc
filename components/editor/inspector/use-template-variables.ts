'use client';
import { useMemo } from 'react';
import { useEditorStore } from '../store/editor-store-context';
import { useNodesIgnoringMoves } from '../store/use-nodes-ignoring-moves';
import { collectVariableNames } from './collect-variable-names';
import { type TemplateVariable } from './template-variable';

/** Paths every template can read besides flow variables (see core/template/resolve-path.ts). */
const BUILT_INS: readonly TemplateVariable[] = [
  { name: 'contact.name', kind: 'contact' },
  { name: 'contact.id', kind: 'contact' },
  { name: 'contact.channel', kind: 'contact' },
  { name: 'contact.tags', kind: 'contact' },
  { name: 'input', kind: 'input' },
  { name: 'now', kind: 'now' },
];

/** The flow's declared variables, then variables its nodes write, then the built-in paths. */
export function useTemplateVariables(): TemplateVariable[] {
  const variables = useEditorStore((state) => state.doc.variables);
  const nodes = useNodesIgnoringMoves();
  return useMemo(() => {
    const declared = variables.map((variable) => variable.name).filter((name) => name.trim() !== '');
    const seen = new Set(declared);
    const written = collectVariableNames(nodes).written.filter((name) => !seen.has(name));
    return [
      ...declared.map((name): TemplateVariable => ({ name, kind: 'declared' })),
      ...written.map((name): TemplateVariable => ({ name, kind: 'written' })),
      ...BUILT_INS,
    ];
  }, [variables, nodes]);
}
