import { type NodeOfType } from '../document/flow-node-schema';
import { assertNever } from '../shared/assert-never';
import { normalizeText } from '../text/normalize-text';
import { type Trigger } from './compiled-flow-schema';

export interface RankedTrigger {
  trigger: Trigger;
  priority: number;
  /** Lower is more specific: exact 0, regex 1, contains 2; specific events 0, generic 1. */
  specificity: number;
  order: number;
}

/** Builds the precompiled matcher of a trigger node and its sort keys. */
export function buildTrigger(options: {
  node: NodeOfType<'keyword-trigger'> | NodeOfType<'event-trigger'>;
  order: number;
}): RankedTrigger {
  const { node, order } = options;
  const { priority, limits } = node.data;
  if (node.type === 'keyword-trigger') {
    const keywords = node.data.keywords.filter((keyword) => keyword.trim() !== '');
    const values = [...new Set(keywords.map(normalizeText))];
    const base = { nodeId: node.id, priority, interrupt: node.data.interrupt, limits };
    switch (node.data.match) {
      case 'exact':
        return { trigger: { ...base, matcher: { kind: 'exact', values } }, priority, specificity: 0, order };
      case 'regex': {
        const patterns = keywords.map((source) => ({ source, flags: 'iu' }));
        return {
          trigger: { ...base, matcher: { kind: 'regex', patterns } },
          priority,
          specificity: 1,
          order,
        };
      }
      case 'contains':
        return {
          trigger: { ...base, matcher: { kind: 'contains', values } },
          priority,
          specificity: 2,
          order,
        };
      default:
        return assertNever(node.data.match);
    }
  }
  const { event } = node.data;
  const value =
    event === 'qr-scene'
      ? node.data.scene.trim()
      : event === 'menu-click'
        ? node.data.menuKey.trim()
        : event === 'media' && node.data.mediaType !== 'any'
          ? node.data.mediaType
          : '';
  return {
    trigger: {
      nodeId: node.id,
      priority,
      interrupt: false,
      limits,
      matcher: { kind: 'event', event, value },
    },
    priority,
    specificity: value === '' ? 1 : 0,
    order,
  };
}
