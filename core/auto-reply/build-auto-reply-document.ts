import { type z } from 'zod';
import { type FlowDocument, flowDocumentSchema, FLOW_SCHEMA_VERSION } from '../document/flow-document-schema';
import { type flowNodeSchema } from '../document/flow-node-schema';
import { type AutoReply, type AutoReplySettings } from './auto-reply-settings-schema';
import { autoReplyNodeIds as ids } from './auto-reply-node-ids';

type NodeInput = z.input<typeof flowNodeSchema>;

const COLUMN_WIDTH = 320;
const ROW_HEIGHT = 160;

const at = (column: number, row: number) => ({ x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });

/**
 * Turns account-level auto-reply settings into an ordinary flow document, so the runtime needs
 * no special case. Pure and deterministic: node ids follow `autoReplyNodeIds`, each part gets
 * its own row (trigger in the first column, replies to the right), and disabled parts produce
 * no nodes. The default path is `default` → `default-reply`, or, while both business hours and
 * the off-hours reply are enabled, `default` → `business-hours`, whose in-hours branch leads to
 * `default-reply` (when enabled) and whose else branch leads to `off-hours-reply`. Without a
 * default or off-hours reply there is no fallback node. The document may still not compile
 * (empty replies, bad hours); `compileAutoReplies` reports that against the settings.
 */
export function buildAutoReplyDocument(options: {
  settings: AutoReplySettings;
  timezone: string;
}): FlowDocument {
  const { settings, timezone } = options;
  const nodes: NodeInput[] = [];
  const edges: [source: string, port: string, target: string][] = [];
  let row = 0;
  const send = (part: { id: string; label: string; reply: AutoReply; column: number; row: number }) =>
    nodes.push({
      id: part.id,
      type: 'send-message',
      label: part.label,
      position: at(part.column, part.row),
      data: { messages: part.reply.messages, mode: part.reply.mode },
    });

  if (settings.follow.enabled) {
    nodes.push({
      id: ids.follow,
      type: 'event-trigger',
      label: 'Follow',
      position: at(0, row),
      data: { event: 'follow' },
    });
    send({ id: ids.followReply, label: 'Welcome reply', reply: settings.follow.reply, column: 1, row });
    edges.push([ids.follow, 'out', ids.followReply]);
    row += 1;
  }

  for (const rule of settings.keywordRules) {
    if (!rule.enabled) continue;
    const label = rule.name || rule.keywords[0] || rule.id;
    const trigger = ids.keyword(rule.id);
    const reply = ids.keywordReply(rule.id);
    nodes.push({
      id: trigger,
      type: 'keyword-trigger',
      label,
      position: at(0, row),
      data: { keywords: rule.keywords, match: rule.match, priority: rule.priority },
    });
    send({ id: reply, label: `Reply: ${label}`, reply: rule.reply, column: 1, row });
    edges.push([trigger, 'out', reply]);
    row += 1;
  }

  const offHours = settings.businessHours.enabled && settings.offHours.enabled;
  if (settings.defaultReply.enabled || offHours) {
    nodes.push({ id: ids.fallback, type: 'fallback', label: 'Default', position: at(0, row), data: {} });
    let replyColumn = 1;
    if (offHours) {
      const { days, hours, holidays } = settings.businessHours;
      nodes.push({
        id: ids.businessHours,
        type: 'condition',
        label: 'Business hours',
        position: at(1, row),
        data: {
          branches: [
            {
              id: ids.inHoursBranch,
              label: 'In business hours',
              match: 'all',
              conditions: [{ kind: 'time-window', window: { timezone, days, hours, holidays } }],
            },
          ],
        },
      });
      edges.push([ids.fallback, 'out', ids.businessHours]);
      send({
        id: ids.offHoursReply,
        label: 'Off-hours reply',
        reply: settings.offHours.reply,
        column: 2,
        row: row + 1,
      });
      edges.push([ids.businessHours, 'else', ids.offHoursReply]);
      replyColumn = 2;
    }
    if (settings.defaultReply.enabled) {
      send({
        id: ids.defaultReply,
        label: 'Default reply',
        reply: settings.defaultReply.reply,
        column: replyColumn,
        row,
      });
      edges.push([
        offHours ? ids.businessHours : ids.fallback,
        offHours ? ids.inHoursBranch : 'out',
        ids.defaultReply,
      ]);
    }
  }

  return flowDocumentSchema.parse({
    schemaVersion: FLOW_SCHEMA_VERSION,
    settings: { timezone },
    nodes,
    edges: edges.map(([source, sourcePort, target]) => ({
      id: `${source}.${sourcePort}->${target}`,
      source,
      sourcePort,
      target,
    })),
  });
}
