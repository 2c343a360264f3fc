import { describe, expect, it } from 'vitest';
import { newEncodingAesKey } from '@/core/channels/new-encoding-aes-key';
import { wechatMpSetupSchema, wecomSetupSchema } from '@/core/channels/wechat-setup-schema';
import { aesKeyOf } from '@/server/channels/wechat/wechat-crypto';
import { mergeWeChatSetup } from '@/server/channels/wechat/merge-wechat-setup';
import { wechatChannelRecord } from '@/server/channels/wechat/wechat-channel-record';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const mp = { appId: 'wx0123456789abcdef', token: 'shopToken1', encodingAesKey: KEY, mode: 'safe' as const };

describe('newEncodingAesKey', () => {
  it('gives 43 letters or digits that make a 32-byte AES key, different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newEncodingAesKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9]{43}$/);
      expect(aesKeyOf(key)).toHaveLength(32);
    }
  });
});

describe('wechat setup schemas', () => {
  it('accepts a complete Official Account and WeCom setup, trimming and normalising', () => {
    expect(
      wechatMpSetupSchema.parse({ ...mp, appId: ' wx0123456789abcdef ', apiBase: 'http://relay.test/' }),
    ).toEqual({
      ...mp,
      apiBase: 'http://relay.test',
    });
    expect(
      wecomSetupSchema.parse({
        corpId: 'ww0123456789abcdef',
        agentId: '1000002',
        token: 'abc',
        encodingAesKey: KEY,
      }),
    ).toMatchObject({ agentId: '1000002' });
  });

  it.each([
    [{ token: 'ab' }, 'token', 'wechat.tokenInvalid'],
    [{ token: 'has space' }, 'token', 'wechat.tokenInvalid'],
    [{ encodingAesKey: KEY.slice(1) }, 'encodingAesKey', 'wechat.aesKeyInvalid'],
    [{ appId: 'gh_0123456789abcd' }, 'appId', 'wechat.appIdInvalid'],
    [{ encodingAesKey: undefined }, 'encodingAesKey', 'wechat.aesKeyRequired'],
    [{ apiBase: 'ftp://relay.test' }, 'apiBase', 'wechat.apiBaseInvalid'],
  ])('refuses %j with a code on the field', (change, field, code) => {
    const result = wechatMpSetupSchema.safeParse({ ...mp, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message: code });
  });

  it('lets plain mode go without an AES key', () => {
    expect(wechatMpSetupSchema.safeParse({ ...mp, encodingAesKey: undefined, mode: 'plain' }).success).toBe(
      true,
    );
  });
});

describe('wechatChannelRecord and mergeWeChatSetup', () => {
  const record = wechatChannelRecord({
    type: 'wechat_mp',
    value: { ...mp, appSecret: '0123456789abcdef0123456789abcdef' },
  });

  it('keeps secrets out of the config, with hints only for long ones', () => {
    expect(record.config).toEqual({
      appId: mp.appId,
      mode: 'safe',
      aesKeyHint: 'DEFG',
      appSecretHint: 'cdef',
      hasAppSecret: true,
    });
    expect(record.secrets).toEqual({
      token: 'shopToken1',
      encodingAesKey: KEY,
      appSecret: '0123456789abcdef0123456789abcdef',
    });
    expect(JSON.stringify(record.config)).not.toContain('shopToken1');
  });

  it('applies a change over the stored settings and tells when WeChat must check the URL again', () => {
    const renamed = mergeWeChatSetup({
      type: 'wechat_mp',
      config: record.config,
      secrets: record.secrets,
      change: { mode: 'compat' },
    });
    expect(renamed.reverify).toBe(false);
    expect(renamed.record.secrets.token).toBe('shopToken1');
    expect(renamed.record.config.mode).toBe('compat');
    const retokened = mergeWeChatSetup({
      type: 'wechat_mp',
      config: record.config,
      secrets: record.secrets,
      change: { token: 'newToken22', apiBase: null },
    });
    expect(retokened.reverify).toBe(true);
    expect(retokened.record.secrets.token).toBe('newToken22');
  });

  it('refuses a change that breaks the whole (safe mode without a key)', () => {
    const plain = wechatChannelRecord({
      type: 'wechat_mp',
      value: { ...mp, encodingAesKey: undefined, mode: 'plain' },
    });
    expect(() =>
      mergeWeChatSetup({
        type: 'wechat_mp',
        config: plain.config,
        secrets: plain.secrets,
        change: { mode: 'safe' },
      }),
    ).toThrow(expect.objectContaining({ appCode: 'CHANNEL_SETTINGS_INVALID' }));
  });
});
