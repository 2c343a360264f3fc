import { type Message } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { firstLine } from './first-line';
import { type Translate } from './translate';

const titled = (kind: string, title: string) => (firstLine(title) ? `${kind}: ${firstLine(title)}` : kind);

/**
 * One line that says what a message is: its text, or its kind (as the inspector names it) and title
 * ("Link card: Opening hours").
 */
export function describeMessage(message: Message, t: Translate): string {
  const kind = t(`inspector.messages.kind.${message.kind}`);
  switch (message.kind) {
    case 'text':
      return firstLine(message.text) || t('editorNodes.describe.emptyText');
    case 'image':
    case 'voice':
      return kind;
    case 'video':
    case 'music':
    case 'link':
    case 'mini-program':
      return titled(kind, message.title);
    case 'news':
      return titled(kind, message.articles[0]?.title ?? '');
    case 'menu':
      return firstLine(message.head) || kind;
    default:
      return assertNever(message);
  }
}
