import { compileFlow } from '../compiler/compile-flow';
import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import { type FlowDocument } from '../document/flow-document-schema';
import { type AutoReplyProblem } from './auto-reply-problem';
import { type AutoReplySettings } from './auto-reply-settings-schema';
import { autoReplyNodeIds as ids } from './auto-reply-node-ids';
import { buildAutoReplyDocument } from './build-auto-reply-document';
import { checkAutoReplySettings } from './check-auto-reply-settings';

export interface AutoReplyCompilation {
  /** The generated flow document (see `buildAutoReplyDocument`). */
  document: FlowDocument;
  /** Null when there are problems or nothing is enabled. */
  compiled: CompiledFlow | null;
  problems: AutoReplyProblem[];
  /** Nothing enabled produces a node: there is nothing to deploy. */
  empty: boolean;
}

/** The settings path a generated node came from; `[]` for ids the builder does not generate. */
function pathOfNode(settings: AutoReplySettings, nodeId: string | undefined): (string | number)[] {
  switch (nodeId) {
    case undefined:
      return [];
    case ids.follow:
    case ids.followReply:
      return ['follow', 'reply'];
    case ids.fallback:
    case ids.defaultReply:
      return ['defaultReply', 'reply'];
    case ids.businessHours:
      return ['businessHours'];
    case ids.offHoursReply:
      return ['offHours', 'reply'];
  }
  for (const [index, rule] of settings.keywordRules.entries()) {
    if (!rule.enabled) continue;
    if (nodeId === ids.keyword(rule.id)) return ['keywordRules', index, 'keywords'];
    if (nodeId === ids.keywordReply(rule.id)) return ['keywordRules', index, 'reply'];
  }
  return [];
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, index) => part === b[index]);

/**
 * Builds the auto-reply flow document and compiles it with the ordinary compiler. Problems are
 * the settings' own (see `checkAutoReplySettings`) plus every compiler error, mapped back to a
 * settings path by node id; an error already covered by an own problem at the same path (an
 * empty reply, invalid business hours) is not repeated. Compiler warnings (unreachable nodes,
 * shadowed keywords across match modes, …) are not problems. Pure and deterministic.
 */
export function compileAutoReplies(options: {
  settings: AutoReplySettings;
  timezone: string;
}): AutoReplyCompilation {
  const { settings } = options;
  const document = buildAutoReplyDocument(options);
  const problems = checkAutoReplySettings(settings);
  if (document.nodes.length === 0) return { document, compiled: null, problems, empty: true };

  const own = [...problems];
  const seen = new Set<string>();
  const { compiled, diagnostics } = compileFlow(document);
  for (const diagnostic of diagnostics.filter((d) => d.severity === 'error')) {
    const path = pathOfNode(settings, diagnostic.nodeId);
    const covered = own.some(
      (problem) =>
        samePath(problem.path, path) && (problem.code === diagnostic.code || problem.code === 'empty-reply'),
    );
    const key = JSON.stringify([path, diagnostic.code, diagnostic.message]);
    if (covered || seen.has(key)) continue;
    seen.add(key);
    problems.push({
      path,
      code: diagnostic.code,
      message: diagnostic.message,
      messageZh: diagnostic.messageZh,
    });
  }
  return { document, compiled: problems.length === 0 ? compiled : null, problems, empty: false };
}
