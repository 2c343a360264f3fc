import { describe, expect, it } from 'vitest';
import { channelUrls } from '@/components/channels/channel-urls';
import { readWeChatConfig } from '@/components/channels/wechat-config';
import { wechatServerErrors } from '@/components/channels/wechat-server-errors';

describe('channelUrls', () => {
  it('gives the Official Account and WeCom callback URLs', () => {
    const urls = channelUrls('https://bot.example.com', 'Ab_c-1');
    expect(urls.wechatCallback).toBe('https://bot.example.com/wechat/Ab_c-1');
    expect(urls.wecomCallback).toBe('https://bot.example.com/wecom/Ab_c-1');
    expect(urls.endpoint).toBe('https://bot.example.com/hooks/Ab_c-1');
  });
});

describe('readWeChatConfig', () => {
  it('reads the stored hints and drops unreadable fields', () => {
    expect(
      readWeChatConfig({ appId: 'wx1', mode: 'safe', aesKeyHint: 'wxyz', hasAppSecret: true, extra: 1 }),
    ).toEqual({ appId: 'wx1', mode: 'safe', aesKeyHint: 'wxyz', hasAppSecret: true });
    expect(readWeChatConfig({ mode: 'weird', appId: 5 })).toEqual({ hasAppSecret: false });
    expect(readWeChatConfig(null)).toEqual({ hasAppSecret: false });
  });
});

describe('wechatServerErrors', () => {
  it('maps input-validation issues to form fields', () => {
    const error = {
      data: {
        appCode: null,
        zodIssues: [
          { path: ['wechat', 'appSecret'], message: 'wechat.secretInvalid' },
          { path: ['name'], message: 'Too long' },
        ],
      },
    };
    expect(wechatServerErrors(error)).toEqual({ secret: 'secretInvalid' });
  });

  it('reads CHANNEL_SETTINGS_INVALID details', () => {
    const error = {
      data: {
        appCode: 'CHANNEL_SETTINGS_INVALID',
        appDetails: { field: 'encodingAesKey', problem: 'wechat.aesKeyRequired' },
      },
    };
    expect(wechatServerErrors(error)).toEqual({ encodingAesKey: 'aesKeyRequired' });
  });

  it('gives nothing for other errors', () => {
    expect(
      wechatServerErrors({ data: { appCode: 'ROLE_REQUIRED', appDetails: { required: 'owner' } } }),
    ).toEqual({});
    expect(wechatServerErrors(new Error('Failed to fetch'))).toEqual({});
    expect(wechatServerErrors(null)).toEqual({});
  });
});
