import { type FlowNode, parseTemplate } from '@/core';

const ROOTS = new Set(['vars', 'contact', 'input', 'now']);

/** The variable a condition subject or template path names (`x`, `vars.x`), or null for other roots. */
function variableOfPath(path: string): string | null {
  const [root = '', second] = path.trim().split('.');
  if (root === 'vars') return second ?? null;
  return ROOTS.has(root) || root === '' ? null : root;
}

function collectTemplateReads(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return;
    for (const part of parseTemplate(value).template) {
      if (part.kind === 'expr' && part.path[0] === 'vars' && part.path[1]) into.add(part.path[1]);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectTemplateReads(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectTemplateReads(item, into);
  }
}

function collectWrites(node: FlowNode, into: Set<string>): void {
  if (node.type === 'ask') into.add(node.data.variable);
  if (node.type === 'set-variable') for (const a of node.data.assignments) into.add(a.variable);
  if (node.type === 'http-request') for (const m of node.data.responseMappings) into.add(m.variable);
}

function collectSubjects(node: FlowNode, into: Set<string>): void {
  if (node.type !== 'condition') return;
  for (const branch of node.data.branches) {
    for (const condition of branch.conditions) {
      if ('subject' in condition) {
        const name = variableOfPath(condition.subject);
        if (name) into.add(name);
      }
    }
  }
}

/**
 * Variable names the flow's nodes write (ask, set-variable, HTTP mappings) and read (templates,
 * condition subjects), each sorted and without empty names. Declared variables (`doc.variables`) are not looked at.
 */
export function collectVariableNames(nodes: readonly FlowNode[]): { written: string[]; read: string[] } {
  const written = new Set<string>();
  const read = new Set<string>();
  for (const node of nodes) {
    collectWrites(node, written);
    collectSubjects(node, read);
    collectTemplateReads(node.data, read);
  }
  const clean = (names: Set<string>) => [...names].filter((name) => name.trim() !== '').sort();
  return { written: clean(written), read: clean(read) };
}
