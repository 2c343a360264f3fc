import { type Message } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeTexts } from './describe-texts';
import { firstLine } from './first-line';
import { type PickText } from './pick-text';

const titled = (kind: string, title: string) => (firstLine(title) ? `${kind}: ${firstLine(title)}` : kind);

/** One line that says what a message is: its text, or its kind and title ("Link: Opening hours"). */
export function describeMessage(message: Message, pick: PickText): string {
  const t = describeTexts;
  switch (message.kind) {
    case 'text':
      return firstLine(message.text) || pick(t.emptyText);
    case 'image':
      return pick(t.image);
    case 'voice':
      return pick(t.voice);
    case 'video':
      return titled(pick(t.video), message.title);
    case 'music':
      return titled(pick(t.music), message.title);
    case 'news':
      return titled(pick(t.news), message.articles[0]?.title ?? '');
    case 'link':
      return titled(pick(t.link), message.title);
    case 'mini-program':
      return titled(pick(t.miniProgram), message.title);
    case 'menu':
      return firstLine(message.head) || pick(t.menu);
    default:
      return assertNever(message);
  }
}
