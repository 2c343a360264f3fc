import { nodeCatalogue } from '../catalogue/node-catalogue';
import { type FlowDocument, type VariableValue } from '../document/flow-document-schema';
import { type FlowNode, type NodeType } from '../document/flow-node-schema';
import { fnv1a64 } from '../shared/fnv1a64';
import { isValidTimeZone } from '../time/zoned-parts';
import { checkKeywordShadowing } from './analysis/check-keyword-shadowing';
import { checkLoops } from './analysis/check-loops';
import { checkReachability } from './analysis/check-reachability';
import { checkVariables } from './analysis/check-variables';
import { type RankedTrigger, buildTrigger } from './build-trigger';
import { type CompiledFlow, COMPILED_FLOW_VERSION } from './compiled-flow-schema';
import { type CompiledNode } from './compiled-node-schema';
import { type CompileSinks, createCompileContext } from './create-compile-context';
import { createDiagnostic } from './create-diagnostic';
import { type Diagnostic } from './diagnostic-schema';
import { isVariableName } from './is-variable-name';
import { nodeCompilers } from './node-compilers';
import { orderTriggers } from './order-triggers';
import { resolveTransitions } from './resolve-transitions';

export interface CompileResult {
  /** Null exactly when `diagnostics` contains an error. */
  compiled: CompiledFlow | null;
  diagnostics: Diagnostic[];
}

type AnyNodeCompiler = (data: FlowNode['data'], ctx: ReturnType<typeof createCompileContext>) => object;

/**
 * Compiles a flow document into the state machine the engine runs, with every finding as a
 * diagnostic; never throws. Deterministic (same document → byte-identical JSON) and linear in
 * the size of the document, apart from the per-variable walk in `checkVariables`.
 */
export function compileFlow(document: FlowDocument): CompileResult {
  const { timezone, stepBudget } = document.settings;
  const sinks: CompileSinks = { diagnostics: [], reads: new Map(), writes: [] };
  const { diagnostics } = sinks;
  if (!isValidTimeZone(timezone)) {
    diagnostics.push(createDiagnostic({ code: 'invalid-value', detail: `unknown time zone "${timezone}"` }));
  }

  const variables: Record<string, VariableValue> = {};
  const declared = new Map<string, { hasDefault: boolean }>();
  for (const variable of document.variables) {
    if (!isVariableName(variable.name)) {
      diagnostics.push(createDiagnostic({ code: 'invalid-variable-name', detail: variable.name }));
    } else if (declared.has(variable.name)) {
      diagnostics.push(createDiagnostic({ code: 'duplicate-variable', detail: variable.name }));
    }
    declared.set(variable.name, { hasDefault: variable.defaultValue !== undefined });
    variables[variable.name] = variable.defaultValue ?? null;
  }

  const nodes = new Map<string, FlowNode>();
  for (const node of document.nodes) {
    if (nodes.has(node.id))
      diagnostics.push(createDiagnostic({ code: 'duplicate-node-id', nodeId: node.id, detail: node.id }));
    else nodes.set(node.id, node);
  }

  const bodies = new Map<string, object>();
  for (const node of nodes.values()) {
    const ctx = createCompileContext({ nodeId: node.id, timezone, sinks });
    // The registry's `satisfies` clause ties each compiler to its node type.
    const compile = nodeCompilers[node.type] as AnyNodeCompiler;
    bodies.set(node.id, compile(node.data, ctx));
  }

  const transitions = resolveTransitions({ nodes, edges: document.edges, diagnostics });
  const entries = [...nodes.values()].filter((node) => nodeCatalogue[node.type].entry).map((node) => node.id);
  if (entries.length === 0) diagnostics.push(createDiagnostic({ code: 'no-entry' }));

  const ranked: RankedTrigger[] = [];
  const fallbacks: string[] = [];
  for (const node of nodes.values()) {
    if (node.type === 'keyword-trigger' || node.type === 'event-trigger') {
      ranked.push(buildTrigger({ node, order: ranked.length }));
    } else if (node.type === 'fallback') {
      if (fallbacks.length > 0)
        diagnostics.push(createDiagnostic({ code: 'multiple-fallbacks', nodeId: node.id }));
      fallbacks.push(node.id);
    }
  }
  const triggers = orderTriggers(ranked);

  const graph = { nodes, transitions, entries };
  checkReachability(graph, diagnostics);
  checkLoops(graph, diagnostics);
  checkVariables({ graph, reads: sinks.reads, writes: sinks.writes, declared, diagnostics });
  checkKeywordShadowing(triggers, diagnostics);

  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
    return { compiled: null, diagnostics };

  const compiledNodes: Record<string, CompiledNode> = {};
  for (const node of nodes.values()) {
    const type: NodeType = node.type;
    compiledNodes[node.id] = {
      id: node.id,
      type,
      transitions: transitions.get(node.id) ?? {},
      ...bodies.get(node.id),
    } as CompiledNode;
  }
  const body = {
    timezone,
    stepBudget,
    variables,
    triggers,
    fallbackNodeId: fallbacks[0] ?? null,
    nodes: compiledNodes,
  };
  const compiled: CompiledFlow = {
    version: COMPILED_FLOW_VERSION,
    hash: fnv1a64(JSON.stringify(body)),
    ...body,
  };
  return { compiled, diagnostics };
}
