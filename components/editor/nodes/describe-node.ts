import { type FlowNode } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeCondition } from './describe/describe-condition';
import { describeEvent } from './describe/describe-event';
import { describeMessage } from './describe/describe-message';
import { describeTexts } from './describe/describe-texts';
import { firstLine } from './describe/first-line';
import { formatDuration } from './describe/format-duration';
import { type PickText } from './describe/pick-text';
import { variantShares } from './describe/variant-shares';

const MAX_LENGTH = 80;
const LIST_LIMIT = 6;

/** Joins the first items of a list and counts the rest: "a, b, c +2". */
function listed(items: string[], pick: PickText, limit = LIST_LIMIT): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} ${pick(describeTexts.more(items.length - limit))}` : shown;
}

function summary(node: FlowNode, pick: PickText): string {
  const t = describeTexts;
  switch (node.type) {
    case 'keyword-trigger': {
      const keywords = node.data.keywords.map((k) => k.trim()).filter(Boolean);
      return keywords.length > 0 ? listed(keywords, pick) : pick(t.noKeywords);
    }
    case 'event-trigger':
      return describeEvent(node.data, pick);
    case 'fallback':
      return pick(t.nothingMatches);
    case 'send-message':
      return node.data.messages[0] ? describeMessage(node.data.messages[0], pick) : pick(t.noMessages);
    case 'ask': {
      const prompt = node.data.prompt[0] ? describeMessage(node.data.prompt[0], pick) : pick(t.noMessages);
      return node.data.variable ? `${prompt} → {{${node.data.variable}}}` : prompt;
    }
    case 'condition': {
      const [branch, ...others] = node.data.branches;
      if (!branch) return pick(t.noBranches);
      const first = branch.conditions[0];
      const test = first ? describeCondition(first, pick) : pick(t.noConditions);
      const line = `${branch.label || branch.id}: ${test}`;
      return others.length > 0 ? `${line} ${pick(t.more(others.length))}` : line;
    }
    case 'set-variable': {
      const lines = node.data.assignments
        .filter((a) => a.variable.trim())
        .map((a) => `${a.variable} = ${a.value}`);
      return lines.length > 0 ? listed(lines, pick, 3) : pick(t.noAssignments);
    }
    case 'tag-contact': {
      const tags = [...node.data.add.map((tag) => `+${tag}`), ...node.data.remove.map((tag) => `−${tag}`)];
      return tags.length > 0 ? tags.join(' ') : pick(t.noTagChanges);
    }
    case 'http-request':
      return `${node.data.method} ${node.data.url.trim() || pick(t.noUrl)}`;
    case 'random-split': {
      const parts = variantShares(node.data.variants).map(
        ({ variant, share }) => `${variant.label || variant.id} ${share}%`,
      );
      return parts.length > 0 ? parts.join(' / ') : pick(t.noVariants);
    }
    case 'delay':
      return pick(t.wait(formatDuration(node.data.seconds, pick)));
    case 'handoff':
      return firstLine(node.data.reason) || pick(t.handoff);
    case 'go-to': {
      const id = (node.data.target === 'node' ? node.data.nodeId : node.data.flowId).trim();
      if (!id) return pick(t.noTarget);
      return pick(node.data.target === 'node' ? t.goToNode(id) : t.goToFlow(id));
    }
    case 'end':
      return node.data.clearVariables ? `${pick(t.end)}, ${pick(t.clearsVariables)}` : pick(t.end);
    default:
      return assertNever(node);
  }
}

/**
 * A node's essence on one line, in the language `pick` chooses: used for the card's aria-label and
 * the problems panel. Never empty, never multi-line, at most 80 characters.
 */
export function describeNode(node: FlowNode, pick: PickText): string {
  const chars = [...summary(node, pick).replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH - 1).join('')}…` : chars.join('');
}
