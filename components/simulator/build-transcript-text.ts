import { describeMessage } from '@/core';
import type { ChatRow, SystemLine, UserInput } from './build-chat-rows';

/** A message the contact sent, as one plain line (language-neutral, like `describeMessage`). */
function describeUserInput(input: UserInput): string {
  switch (input.type) {
    case 'text':
      return input.text;
    case 'media':
      if (input.mediaType === 'voice') return `[voice] ${input.recognition ?? input.mediaId}`;
      return `[${input.mediaType}] ${input.url || input.mediaId}`;
    case 'location':
      return `[location] ${input.label ? `${input.label} ` : ''}(${input.latitude}, ${input.longitude})`;
    case 'link':
      return `[link] ${input.title} <${input.url}>`;
  }
}

/**
 * Pure: a readable transcript, one line per entry, each starting with its simulated time. Bot
 * replies that take several lines (menus, news) continue on indented lines. System lines are
 * worded by `describeSystem` (the UI passes its translated sentences).
 */
export function buildTranscriptText(options: {
  rows: ChatRow[];
  formatTime: (at: number) => string;
  describeSystem: (line: SystemLine) => string;
  labels: { you: string; bot: string; node: string };
  /** Lines written before the transcript (title, channel, start time). */
  header?: string[];
}): string {
  const { rows, formatTime, describeSystem, labels } = options;
  const lines = [...(options.header ?? [])];
  if (lines.length > 0) lines.push('');
  for (const row of rows) {
    const time = `[${formatTime(row.at)}]`;
    if (row.type === 'user') lines.push(`${time} ${labels.you}: ${describeUserInput(row.input)}`);
    else if (row.type === 'system') lines.push(`${time} — ${describeSystem(row.line)}`);
    else {
      const [first = '', ...rest] = describeMessage(row.message);
      const who = row.nodeId ? `${labels.bot} (${labels.node} ${row.nodeId})` : labels.bot;
      lines.push(`${time} ${who}: ${first}`, ...rest.map((line) => `    ${line}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
