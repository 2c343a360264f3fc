import { describe, expect, it } from 'vitest';
import { eventFromWeChat } from '@/core';

describe('eventFromWeChat', () => {
  it.each([
    [
      { MsgType: 'text', Content: '你好' },
      { type: 'text', text: '你好' },
    ],
    [
      { MsgType: 'text', Content: '满意', bizmsgmenuid: '101' },
      { type: 'text', text: '满意', menuId: '101' },
    ],
    [
      { MsgType: 'image', MediaId: 'm', PicUrl: 'u' },
      { type: 'media', mediaType: 'image', mediaId: 'm', url: 'u' },
    ],
    [
      { MsgType: 'voice', MediaId: 'm', Recognition: '你好' },
      { type: 'media', mediaType: 'voice', mediaId: 'm', recognition: '你好' },
    ],
    [
      { MsgType: 'shortvideo', MediaId: 'm' },
      { type: 'media', mediaType: 'video', mediaId: 'm' },
    ],
    [
      { MsgType: 'location', Location_X: '31.2', Location_Y: '121.5', Label: '上海' },
      { type: 'location', latitude: 31.2, longitude: 121.5, label: '上海' },
    ],
    [
      { MsgType: 'link', Title: 't', Url: 'u' },
      { type: 'link', title: 't', url: 'u' },
    ],
    [{ MsgType: 'event', Event: 'subscribe' }, { type: 'follow' }],
    [
      { MsgType: 'event', Event: 'subscribe', EventKey: 'qrscene_shop' },
      { type: 'follow', scene: 'shop' },
    ],
    [
      { MsgType: 'event', Event: 'SCAN', EventKey: 'shop' },
      { type: 'scan', scene: 'shop' },
    ],
    [{ MsgType: 'event', Event: 'unsubscribe' }, { type: 'unfollow' }],
    [
      { MsgType: 'event', Event: 'CLICK', EventKey: 'K' },
      { type: 'menu-click', key: 'K' },
    ],
    [
      { MsgType: 'event', Event: 'VIEW', EventKey: 'https://x' },
      { type: 'view', url: 'https://x' },
    ],
    [
      { MsgType: 'event', Event: 'LOCATION', Latitude: '1', Longitude: '2' },
      { type: 'location', latitude: 1, longitude: 2 },
    ],
    [{ MsgType: 'event', Event: 'kf_msg_or_event' }, null],
    [{ MsgType: 'miniprogrampage' }, null],
  ])('%j', (fields, expected) => {
    const event = eventFromWeChat(fields);
    expect(event === null ? null : JSON.parse(JSON.stringify(event))).toEqual(expected);
  });
});
