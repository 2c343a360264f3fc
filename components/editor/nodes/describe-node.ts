import { type FlowNode } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeCondition } from './describe/describe-condition';
import { describeEvent } from './describe/describe-event';
import { describeMessage } from './describe/describe-message';
import { firstLine } from './describe/first-line';
import { formatDuration } from './describe/format-duration';
import { type Translate } from './describe/translate';
import { variantShares } from './describe/variant-shares';

const MAX_LENGTH = 80;
const LIST_LIMIT = 6;

/** Joins the first items of a list and counts the rest: "a, b, c +2". */
function listed(items: string[], t: Translate, limit = LIST_LIMIT): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} ${t('editorNodes.more', { count: items.length - limit })}` : shown;
}

function summary(node: FlowNode, t: Translate): string {
  const say = (key: string, values?: Record<string, string>) => t(`editorNodes.describe.${key}`, values);
  switch (node.type) {
    case 'keyword-trigger': {
      const keywords = node.data.keywords.map((k) => k.trim()).filter(Boolean);
      return keywords.length > 0 ? listed(keywords, t) : say('noKeywords');
    }
    case 'event-trigger':
      return describeEvent(node.data, t);
    case 'fallback':
      return say('nothingMatches');
    case 'send-message':
      return node.data.messages[0] ? describeMessage(node.data.messages[0], t) : say('noMessages');
    case 'ask': {
      const prompt = node.data.prompt[0] ? describeMessage(node.data.prompt[0], t) : say('noMessages');
      return node.data.variable ? `${prompt} → {{${node.data.variable}}}` : prompt;
    }
    case 'condition': {
      const [branch, ...others] = node.data.branches;
      if (!branch) return say('noBranches');
      const first = branch.conditions[0];
      const test = first ? describeCondition(first, t) : say('noConditions');
      const line = `${branch.label || branch.id}: ${test}`;
      return others.length > 0 ? `${line} ${t('editorNodes.more', { count: others.length })}` : line;
    }
    case 'set-variable': {
      const lines = node.data.assignments
        .filter((a) => a.variable.trim())
        .map((a) => `${a.variable} = ${a.value}`);
      return lines.length > 0 ? listed(lines, t, 3) : say('noAssignments');
    }
    case 'tag-contact': {
      const tags = [...node.data.add.map((tag) => `+${tag}`), ...node.data.remove.map((tag) => `−${tag}`)];
      return tags.length > 0 ? tags.join(' ') : say('noTagChanges');
    }
    case 'http-request':
      return `${node.data.method} ${node.data.url.trim() || say('noUrl')}`;
    case 'random-split': {
      const parts = variantShares(node.data.variants).map(
        ({ variant, share }) => `${variant.label || variant.id} ${share}%`,
      );
      return parts.length > 0 ? parts.join(' / ') : say('noVariants');
    }
    case 'delay':
      return say('wait', { duration: formatDuration(node.data.seconds, t) });
    case 'handoff':
      return firstLine(node.data.reason) || say('handoff');
    case 'go-to': {
      const id = (node.data.target === 'node' ? node.data.nodeId : node.data.flowId).trim();
      if (!id) return say('noTarget');
      return say(node.data.target === 'node' ? 'goToNode' : 'goToFlow', { id });
    }
    case 'end':
      return node.data.clearVariables ? `${say('end')}, ${say('clearsVariables')}` : say('end');
    default:
      return assertNever(node);
  }
}

/**
 * A node's essence on one line, in the language of `t` (a translator over all messages, see
 * `Translate`): used for the card's aria-label and summary bodies. Never empty, never multi-line,
 * at most 80 characters.
 */
export function describeNode(node: FlowNode, t: Translate): string {
  const chars = [...summary(node, t).replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH - 1).join('')}…` : chars.join('');
}
