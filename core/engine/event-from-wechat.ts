import { type InboundEvent } from './inbound-event-schema';

/**
 * Maps the fields of a parsed WeChat / WeCom push (PROTOCOL.md §3) onto an engine event, or
 * null for pushes the engine does not handle. `qrscene_<x>` on subscribe and `SCAN <x>` both
 * carry scene `x`; a menu-message click is text with `bizmsgmenuid`.
 */
export function eventFromWeChat(fields: Readonly<Record<string, string | undefined>>): InboundEvent | null {
  const number = (key: string) => Number(fields[key] ?? Number.NaN);
  switch (fields.MsgType) {
    case 'text':
      return {
        type: 'text',
        text: fields.Content ?? '',
        ...(fields.bizmsgmenuid ? { menuId: fields.bizmsgmenuid } : {}),
      };
    case 'image':
      return { type: 'media', mediaType: 'image', mediaId: fields.MediaId ?? '', url: fields.PicUrl };
    case 'voice':
      return {
        type: 'media',
        mediaType: 'voice',
        mediaId: fields.MediaId ?? '',
        recognition: fields.Recognition,
      };
    case 'video':
    case 'shortvideo':
      return { type: 'media', mediaType: 'video', mediaId: fields.MediaId ?? '' };
    case 'location':
      return {
        type: 'location',
        latitude: number('Location_X'),
        longitude: number('Location_Y'),
        label: fields.Label,
      };
    case 'link':
      return { type: 'link', title: fields.Title ?? '', url: fields.Url ?? '' };
    case 'event':
      break;
    default:
      return null;
  }
  const key = fields.EventKey ?? '';
  switch (fields.Event) {
    case 'subscribe':
      return key.startsWith('qrscene_')
        ? { type: 'follow', scene: key.slice('qrscene_'.length) }
        : { type: 'follow' };
    case 'unsubscribe':
      return { type: 'unfollow' };
    case 'SCAN':
      return { type: 'scan', scene: key };
    case 'CLICK':
      return { type: 'menu-click', key };
    case 'VIEW':
      return { type: 'view', url: key };
    case 'LOCATION':
      return { type: 'location', latitude: number('Latitude'), longitude: number('Longitude') };
    default:
      return null;
  }
}
