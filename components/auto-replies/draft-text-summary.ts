import { type AutoReplySettings, type Message } from '@/core';

type Reply = AutoReplySettings['follow']['reply'];

export interface SummaryLabels {
  follow: string;
  defaultReply: string;
  offHours: string;
  /** Heading of keyword rule `number` (1-based), e.g. `Keyword reply 2: Opening hours`. */
  rule(number: number, name: string): string;
  keywords: string;
}

function messageText(message: Message): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'image':
      return message.url || message.mediaId;
    case 'link':
      return [message.title, message.description, message.url].filter(Boolean).join('\n');
    default:
      return `[${message.kind}]`;
  }
}

const replyLines = (reply: Reply) =>
  reply.messages.map((message) => messageText(message)).filter((text) => text.trim() !== '');

/**
 * Everything the user wrote in a draft as plain text, part by part, so it can be copied back after
 * loading someone else's version (a revision conflict). Parts with nothing written are left out.
 */
export function draftTextSummary(settings: AutoReplySettings, labels: SummaryLabels): string {
  const blocks: string[] = [];
  const part = (title: string, lines: string[]) => {
    if (lines.length > 0) blocks.push([`## ${title}`, ...lines].join('\n'));
  };
  part(labels.follow, replyLines(settings.follow.reply));
  settings.keywordRules.forEach((rule, index) => {
    const keywords = rule.keywords.length > 0 ? [`${labels.keywords}: ${rule.keywords.join(', ')}`] : [];
    const lines = replyLines(rule.reply);
    if (keywords.length + lines.length > 0) part(labels.rule(index + 1, rule.name), [...keywords, ...lines]);
  });
  part(labels.defaultReply, replyLines(settings.defaultReply.reply));
  part(labels.offHours, replyLines(settings.offHours.reply));
  return blocks.join('\n\n');
}
