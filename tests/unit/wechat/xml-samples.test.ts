import { describe, expect, it } from 'vitest';
import { eventFromWeChat } from '@/core';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { sampleNames, sampleText } from './wechat-samples';

const sample = (name: string) => parseWeChatXml(sampleText(name));

const common = (to: string, from: string, createTime: string, msgType: string) => ({
  ToUserName: to,
  FromUserName: from,
  CreateTime: createTime,
  MsgType: msgType,
});

/** Every inbound sample: its exact fields and the engine event it maps to. */
const inbound: Record<string, { fields: Record<string, string>; event: unknown }> = {
  mp_in_text: {
    fields: {
      ...common('toUser', 'fromUser', '1348831860', 'text'),
      Content: 'this is a test',
      MsgId: '1234567890123456',
    },
    event: { type: 'text', text: 'this is a test' },
  },
  mp_in_text_msgmenu_click: {
    fields: {
      ...common('ToUser', 'FromUser', '1500000000', 'text'),
      Content: '满意',
      MsgId: '1234567890123456',
      bizmsgmenuid: '101',
    },
    event: { type: 'text', text: '满意', menuId: '101' },
  },
  mp_in_text_with_msgdataid: {
    fields: {
      ...common('toUser', 'fromUser', '1348831860', 'text'),
      Content: 'this is a test',
      MsgId: '1234567890123456',
      MsgDataId: 'xxxx',
      Idx: 'xxxx',
    },
    event: { type: 'text', text: 'this is a test' },
  },
  mp_in_image: {
    fields: {
      ...common('toUser', 'fromUser', '1348831860', 'image'),
      PicUrl: 'this is a url',
      MediaId: 'media_id',
      MsgId: '1234567890123456',
    },
    event: { type: 'media', mediaType: 'image', mediaId: 'media_id', url: 'this is a url' },
  },
  mp_in_voice: {
    fields: {
      ...common('toUser', 'fromUser', '1357290913', 'voice'),
      MediaId: 'media_id',
      Format: 'Format',
      MsgId: '1234567890123456',
    },
    event: { type: 'media', mediaType: 'voice', mediaId: 'media_id', recognition: undefined },
  },
  mp_in_voice_recognition: {
    fields: {
      ...common('toUser', 'fromUser', '1357290913', 'voice'),
      MediaId: 'media_id',
      Format: 'Format',
      Recognition: '腾讯微信团队',
      MsgId: '1234567890123456',
    },
    event: { type: 'media', mediaType: 'voice', mediaId: 'media_id', recognition: '腾讯微信团队' },
  },
  mp_in_video: {
    fields: {
      ...common('toUser', 'fromUser', '1357290913', 'video'),
      MediaId: 'media_id',
      ThumbMediaId: 'thumb_media_id',
      MsgId: '1234567890123456',
    },
    event: { type: 'media', mediaType: 'video', mediaId: 'media_id' },
  },
  mp_in_shortvideo: {
    fields: {
      ...common('toUser', 'fromUser', '1357290913', 'shortvideo'),
      MediaId: 'media_id',
      ThumbMediaId: 'thumb_media_id',
      MsgId: '1234567890123456',
    },
    event: { type: 'media', mediaType: 'video', mediaId: 'media_id' },
  },
  mp_in_location: {
    fields: {
      ...common('toUser', 'fromUser', '1351776360', 'location'),
      Location_X: '23.134521',
      Location_Y: '113.358803',
      Scale: '20',
      Label: '位置信息',
      MsgId: '1234567890123456',
    },
    event: { type: 'location', latitude: 23.134521, longitude: 113.358803, label: '位置信息' },
  },
  mp_in_link: {
    fields: {
      ...common('toUser', 'fromUser', '1351776360', 'link'),
      Title: '公众平台官网链接',
      Description: '公众平台官网链接',
      Url: 'url',
      MsgId: '1234567890123456',
    },
    event: { type: 'link', title: '公众平台官网链接', url: 'url' },
  },
  mp_event_subscribe: {
    fields: { ...common('toUser', 'FromUser', '123456789', 'event'), Event: 'subscribe' },
    event: { type: 'follow' },
  },
  mp_event_subscribe_qrscene: {
    fields: {
      ...common('toUser', 'FromUser', '123456789', 'event'),
      Event: 'subscribe',
      EventKey: 'qrscene_123123',
      Ticket: 'TICKET',
    },
    event: { type: 'follow', scene: '123123' },
  },
  mp_event_unsubscribe: {
    fields: { ...common('toUser', 'FromUser', '123456789', 'event'), Event: 'unsubscribe' },
    event: { type: 'unfollow' },
  },
  mp_event_scan: {
    fields: {
      ...common('toUser', 'FromUser', '123456789', 'event'),
      Event: 'SCAN',
      EventKey: 'SCENE_VALUE',
      Ticket: 'TICKET',
    },
    event: { type: 'scan', scene: 'SCENE_VALUE' },
  },
  mp_event_location: {
    fields: {
      ...common('toUser', 'fromUser', '123456789', 'event'),
      Event: 'LOCATION',
      Latitude: '23.137466',
      Longitude: '113.352425',
      Precision: '119.385040',
    },
    event: { type: 'location', latitude: 23.137466, longitude: 113.352425 },
  },
  mp_event_click: {
    fields: { ...common('toUser', 'FromUser', '123456789', 'event'), Event: 'CLICK', EventKey: 'EVENTKEY' },
    event: { type: 'menu-click', key: 'EVENTKEY' },
  },
  mp_event_view: {
    fields: { ...common('toUser', 'FromUser', '123456789', 'event'), Event: 'VIEW', EventKey: 'www.qq.com' },
    event: { type: 'view', url: 'www.qq.com' },
  },
  wecom_in_text: {
    fields: {
      ...common('toUser', 'fromUser', '1348831860', 'text'),
      Content: 'this is a test',
      MsgId: '1234567890123456',
      AgentID: '1',
    },
    event: { type: 'text', text: 'this is a test' },
  },
  wecom_event_kf_msg_or_event: {
    fields: {
      ToUserName: 'ww12345678910',
      CreateTime: '1348831860',
      MsgType: 'event',
      Event: 'kf_msg_or_event',
      Token: 'ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR',
      OpenKfId: 'wkxxxxxxx',
    },
    // Carries no content: the messages are pulled with kf/sync_msg, the engine sees nothing here.
    event: null,
  },
};

describe('parseWeChatXml on the published samples', () => {
  it('covers every inbound sample in the folder', () => {
    const names = sampleNames()
      .filter((name) => !name.startsWith('mp_reply_'))
      .sort();
    expect(names).toEqual(Object.keys(inbound).sort());
  });

  it.each(Object.entries(inbound))('%s: exact fields as strings', (name, { fields }) => {
    expect(sample(name)).toStrictEqual(fields);
  });

  it.each(Object.entries(inbound))('%s: maps to the engine event', (name, { event }) => {
    expect(eventFromWeChat(sample(name))).toStrictEqual(event);
  });

  it('keeps a 64-bit MsgId beyond Number precision exactly', () => {
    const xml = '<xml><MsgType><![CDATA[text]]></MsgType><MsgId>22220946756594166</MsgId></xml>';
    expect(parseWeChatXml(xml).MsgId).toBe('22220946756594166');
    expect(String(Number('22220946756594166'))).not.toBe('22220946756594166');
  });
});
