import { assertNever } from '../shared/assert-never';
import { type Message } from './message-schema';

/** A message as plain text lines (CLI output, transcripts, test diffs); the same message gives the same lines. */
export function describeMessage(message: Message): string[] {
  switch (message.kind) {
    case 'text':
      return [message.text];
    case 'menu':
      return [message.head, ...message.options.map((o) => `  [${o.id}] ${o.label}`), message.tail].filter(
        Boolean,
      );
    case 'news':
      return message.articles.map((a) => `[news] ${a.title} <${a.url}>`);
    case 'link':
      return [`[link] ${message.title} <${message.url}>`];
    case 'image':
      return [`[image] ${message.url || message.mediaId}`];
    case 'mini-program':
      return [`[mini-program] ${message.title} (${message.appId} ${message.pagePath})`];
    case 'music':
      return [`[music] ${message.title} <${message.musicUrl}>`];
    case 'video':
      return [`[video] ${message.title || message.mediaId}`];
    case 'voice':
      return [`[voice] ${message.mediaId}`];
    default:
      return assertNever(message);
  }
}
