import { describe, expect, it } from 'vitest';
import { deliveryStatusInfo, KNOWN_ERRORS } from '@/components/channels/log/delivery-status-info';
import { describeInbound } from '@/components/channels/log/describe-inbound';
import { outboundPreview } from '@/components/channels/log/outbound-preview';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

/** The message at a dotted key, or undefined. */
function lookup(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('describeInbound', () => {
  it.each([
    [{ type: 'text', text: 'hello' }, 'text', { text: 'hello' }],
    [{ type: 'text', text: 'Yes', menuId: '1' }, 'menuChoice', { text: 'Yes' }],
    [{ type: 'media', mediaType: 'image', mediaId: 'm1' }, 'media.image', {}],
    [{ type: 'media', mediaType: 'voice', recognition: '你好' }, 'voiceRecognized', { text: '你好' }],
    [
      { type: 'location', latitude: 23.1291, longitude: 113.2644, label: 'Guangzhou' },
      'location',
      { place: 'Guangzhou' },
    ],
    [{ type: 'location', latitude: 23.1, longitude: 113.2 }, 'location', { place: '23.10000, 113.20000' }],
    [{ type: 'link', title: 'Docs', url: 'https://x' }, 'link', { title: 'Docs' }],
    [{ type: 'menu-click', key: 'V1001' }, 'menuClick', { key: 'V1001' }],
    [{ type: 'view', url: 'https://x' }, 'view', { url: 'https://x' }],
    [{ type: 'follow' }, 'follow', {}],
    [{ type: 'follow', scene: '42' }, 'followScene', { scene: '42' }],
    [{ type: 'scan', scene: '42' }, 'scan', { scene: '42' }],
    [{ type: 'unfollow' }, 'unfollow', {}],
    [{ type: 'nonsense' }, 'unknown', {}],
    ['text', 'unknown', {}],
  ])('%j → %s', (payload, key, values) => {
    expect(describeInbound(payload)).toEqual({ key, values });
  });

  it('cuts long text', () => {
    const { values } = describeInbound({ type: 'text', text: 'x'.repeat(500) });
    expect(values.text).toHaveLength(120);
    expect(values.text?.endsWith('…')).toBe(true);
  });

  it('has a translation for every key it gives', () => {
    const keys = [
      'text',
      'menuChoice',
      'voiceRecognized',
      'media.image',
      'media.voice',
      'media.video',
      'location',
      'link',
      'menuClick',
      'view',
      'follow',
      'followScene',
      'scan',
      'unfollow',
      'timer',
      'httpResult',
      'handoffReleased',
      'unknown',
    ];
    for (const key of keys) {
      expect(typeof lookup(en, `channelLog.inbound.${key}`), key).toBe('string');
      expect(typeof lookup(zh, `channelLog.inbound.${key}`), key).toBe('string');
    }
  });
});

describe('outboundPreview', () => {
  it('joins a message’s lines', () => {
    expect(outboundPreview({ kind: 'text', text: 'Hi there' })).toBe('Hi there');
    expect(
      outboundPreview({ kind: 'menu', head: 'Pick one', options: [{ id: '1', label: 'Yes' }], tail: '' }),
    ).toBe('Pick one · [1] Yes');
  });
  it('is null for a payload that is not a message', () => {
    expect(outboundPreview({ type: 'text', text: 'inbound' })).toBeNull();
  });
});

describe('deliveryStatusInfo', () => {
  const out = { direction: 'out' as const, deliveredVia: null, deliveryError: null };

  it('shows inbound messages as received whatever their state', () => {
    expect(deliveryStatusInfo({ ...out, direction: 'in', deliveryStatus: 'none' })).toMatchObject({
      label: 'received',
      retryable: false,
    });
  });

  it('explains how a sent message went out', () => {
    expect(deliveryStatusInfo({ ...out, deliveryStatus: 'sent', deliveredVia: 'passive' }).detail).toBe(
      'sentVia.passive',
    );
    expect(deliveryStatusInfo({ ...out, deliveryStatus: 'sent', deliveredVia: 'api' }).detail).toBe(
      'sentVia.api',
    );
    expect(deliveryStatusInfo({ ...out, deliveryStatus: 'none' }).label).toBe('none');
  });

  it('lets dead and blocked messages be retried, not the others (failed ones retry by themselves)', () => {
    const retryable = (['none', 'pending', 'sent', 'failed', 'dead', 'blocked'] as const).filter(
      (deliveryStatus) => deliveryStatusInfo({ ...out, deliveryStatus }).retryable,
    );
    expect(retryable).toEqual(['dead', 'blocked']);
  });

  it('recognises WeChat’s rule errors in the delivery error', () => {
    expect(
      deliveryStatusInfo({
        ...out,
        deliveryStatus: 'blocked',
        deliveryError: 'errcode 45015: response out of time limit',
      }).errorCode,
    ).toBe('45015');
    expect(
      deliveryStatusInfo({ ...out, deliveryStatus: 'blocked', deliveryError: '45047 out of limit' })
        .errorCode,
    ).toBe('45047');
    expect(
      deliveryStatusInfo({ ...out, deliveryStatus: 'dead', deliveryError: 'HTTP 500 (id 1450150)' })
        .errorCode,
    ).toBeNull();
  });

  it('explains common setup errors by the code the worker stored first', () => {
    const stored = '40164 invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 45015-b2c3';
    expect(deliveryStatusInfo({ ...out, deliveryStatus: 'dead', deliveryError: stored }).errorCode).toBe(
      '40164',
    );
    expect(
      deliveryStatusInfo({ ...out, deliveryStatus: 'dead', deliveryError: '40125 invalid appsecret' })
        .errorCode,
    ).toBe('40125');
  });

  it('recognises the delivery worker’s own reasons', () => {
    const reasons: [string, string][] = [
      ['the channel has no AppSecret', 'noSecret'],
      ['the channel has no app Secret', 'noSecret'],
      [
        'the API base http://x is not allowed on this server (REPLYFLOW_WECHAT_API_BASES)',
        'apiBaseNotAllowed',
      ],
      ['WeChat’s customer-service API sends a video only with a cover image (thumbMediaId)', 'videoCover'],
      ['WeCom did not deliver to this member (invaliduser: u1)', 'wecomUnreached'],
      ['the channel’s secrets cannot be decrypted with this server’s key', 'secretsUnreadable'],
      ['image not downloaded: shop.example.com answered HTTP 404.', 'imageNotDownloaded'],
      ['the image URL gave text/html, not a JPEG, PNG, GIF image', 'imageNotAccepted'],
    ];
    for (const [deliveryError, code] of reasons)
      expect(deliveryStatusInfo({ ...out, deliveryStatus: 'dead', deliveryError }).errorCode).toBe(code);
  });

  it('has a translation for every label, detail and known error', () => {
    const statuses = ['none', 'pending', 'sent', 'failed', 'dead', 'blocked'] as const;
    const vias = ['passive', 'api', 'callback', null] as const;
    const keys = new Set<string>();
    for (const deliveryStatus of statuses)
      for (const deliveredVia of vias) {
        const info = deliveryStatusInfo({ ...out, deliveryStatus, deliveredVia });
        keys.add(`status.${info.label}`).add(`status.${info.detail}`);
      }
    const inbound = deliveryStatusInfo({ ...out, direction: 'in', deliveryStatus: 'none' });
    keys.add(`status.${inbound.label}`).add(`status.${inbound.detail}`);
    for (const code of [
      ...KNOWN_ERRORS,
      'noSecret',
      'apiBaseNotAllowed',
      'videoCover',
      'wecomUnreached',
      'secretsUnreadable',
      'imageNotDownloaded',
      'imageNotAccepted',
    ])
      keys.add(`wechatErrors.${code}`);
    for (const key of keys) {
      expect(typeof lookup(en, `channelLog.${key}`), key).toBe('string');
      expect(typeof lookup(zh, `channelLog.${key}`), key).toBe('string');
    }
  });
});
