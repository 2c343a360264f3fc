import { type Message, type MessageKind } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/** An empty message of `kind`, as the composer adds it. */
export function defaultMessage(kind: MessageKind): Message {
  switch (kind) {
    case 'text':
      return { kind, text: '' };
    case 'image':
      return { kind, mediaId: '', url: '' };
    case 'voice':
      return { kind, mediaId: '' };
    case 'video':
      return { kind, mediaId: '', title: '', description: '', thumbMediaId: '' };
    case 'music':
      return { kind, title: '', description: '', musicUrl: '', hqMusicUrl: '', thumbMediaId: '' };
    case 'news':
      return { kind, articles: [{ title: '', description: '', picUrl: '', url: '' }] };
    case 'link':
      return { kind, title: '', description: '', url: '', thumbUrl: '' };
    case 'mini-program':
      return { kind, title: '', appId: '', pagePath: '', thumbMediaId: '' };
    case 'menu':
      return { kind, head: '', options: [{ id: '1', label: '' }], tail: '' };
    default:
      return assertNever(kind);
  }
}
