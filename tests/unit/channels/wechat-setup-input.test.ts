import { describe, expect, it } from 'vitest';
import { clearFieldErrors } from '@/components/channels/clear-field-errors';
import { wechatCreateInput } from '@/components/channels/wechat-create-input';
import { newWeChatDraft, type WeChatDraft } from '@/components/channels/wechat-setup-draft';
import { wechatUpdateInput } from '@/components/channels/wechat-update-input';

const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx1234567890abcdef';
const CORP_ID = 'ww1234567890abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';

const draft = (patch: Partial<WeChatDraft>): WeChatDraft => ({ ...newWeChatDraft(), ...patch });

describe('wechatCreateInput', () => {
  it('maps an Official Account form to the create settings, leaving out empty optional fields', () => {
    const result = wechatCreateInput(
      'wechat_mp',
      draft({ appId: ` ${APP_ID} `, token: 'tok123', mode: 'plain', apiBase: 'https://relay.example.com/' }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'wechat_mp',
        wechat: { appId: APP_ID, token: 'tok123', mode: 'plain', apiBase: 'https://relay.example.com' },
      },
    });
  });

  it('sends the form secret as appSecret and keeps the AES key', () => {
    const result = wechatCreateInput(
      'wechat_mp',
      draft({ appId: APP_ID, token: 'tok123', encodingAesKey: AES, secret: SECRET }),
    );
    expect(result.ok && result.value.type === 'wechat_mp' && result.value.wechat).toMatchObject({
      appSecret: SECRET,
      encodingAesKey: AES,
      mode: 'safe',
    });
  });

  it('reports each invalid field with its code, the app secret under the form name', () => {
    const result = wechatCreateInput(
      'wechat_mp',
      draft({ appId: 'wx12', token: 'a', secret: 'short', mode: 'plain' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: { appId: 'appIdInvalid', token: 'tokenInvalid', secret: 'secretInvalid' },
    });
  });

  it('needs an AES key in safe mode', () => {
    const result = wechatCreateInput('wechat_mp', draft({ appId: APP_ID, token: 'tok123', mode: 'safe' }));
    expect(result).toEqual({ ok: false, errors: { encodingAesKey: 'aesKeyRequired' } });
  });

  it('maps a WeCom form, which always needs the AES key', () => {
    expect(
      wechatCreateInput(
        'wecom',
        draft({ corpId: CORP_ID, agentId: '1000002', token: 'tok123', secret: SECRET, encodingAesKey: AES }),
      ),
    ).toEqual({
      ok: true,
      value: {
        type: 'wecom',
        wecom: { corpId: CORP_ID, agentId: '1000002', token: 'tok123', secret: SECRET, encodingAesKey: AES },
      },
    });
    const missing = wechatCreateInput('wecom', draft({ corpId: 'xx', agentId: 'abc', token: 'tok123' }));
    expect(missing).toEqual({
      ok: false,
      errors: { corpId: 'corpIdInvalid', agentId: 'agentIdInvalid', encodingAesKey: 'aesKeyInvalid' },
    });
  });
});

describe('wechatUpdateInput', () => {
  const stored = { appId: APP_ID, mode: 'safe' as const, aesKeyHint: 'DEFG', hasAppSecret: false };

  it('keeps the stored secrets when their fields stay empty and sends nothing unchanged', () => {
    const result = wechatUpdateInput({ type: 'wechat_mp', draft: newWeChatDraft(stored), current: stored });
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('sends only what changed', () => {
    const result = wechatUpdateInput({
      type: 'wechat_mp',
      draft: { ...newWeChatDraft(stored), token: 'newtoken', secret: SECRET, mode: 'compat' },
      current: stored,
    });
    expect(result).toEqual({ ok: true, value: { token: 'newtoken', appSecret: SECRET, mode: 'compat' } });
  });

  it('sends a new AppID and clears an emptied API base back to WeChat’s host', () => {
    const current = { ...stored, apiBase: 'https://relay.example.com' };
    const result = wechatUpdateInput({
      type: 'wechat_mp',
      draft: { ...newWeChatDraft(current), appId: 'wxabcdefabcdef1234', apiBase: '' },
      current,
    });
    expect(result).toEqual({ ok: true, value: { appId: 'wxabcdefabcdef1234', apiBase: null } });
  });

  it('refuses safe mode when no AES key is stored or typed', () => {
    const plain = { appId: APP_ID, mode: 'plain' as const, hasAppSecret: false };
    const toSafe = { ...newWeChatDraft(plain), mode: 'safe' as const };
    expect(wechatUpdateInput({ type: 'wechat_mp', draft: toSafe, current: plain })).toEqual({
      ok: false,
      errors: { encodingAesKey: 'aesKeyRequired' },
    });
    expect(
      wechatUpdateInput({ type: 'wechat_mp', draft: { ...toSafe, encodingAesKey: AES }, current: plain }),
    ).toEqual({ ok: true, value: { encodingAesKey: AES, mode: 'safe' } });
  });

  it('checks the fields it sends', () => {
    const result = wechatUpdateInput({
      type: 'wecom',
      draft: {
        ...newWeChatDraft({ corpId: CORP_ID, agentId: '1', hasAppSecret: true }),
        token: 'x',
        apiBase: 'ftp://x',
      },
      current: { corpId: CORP_ID, agentId: '1', aesKeyHint: 'DEFG', hasAppSecret: true },
    });
    expect(result).toEqual({ ok: false, errors: { token: 'tokenInvalid', apiBase: 'apiBaseInvalid' } });
  });

  it('maps the WeCom secret and ids', () => {
    const current = { corpId: CORP_ID, agentId: '1', aesKeyHint: 'DEFG', hasAppSecret: false };
    const result = wechatUpdateInput({
      type: 'wecom',
      draft: { ...newWeChatDraft(current), agentId: '2', secret: SECRET },
      current,
    });
    expect(result).toEqual({ ok: true, value: { agentId: '2', secret: SECRET } });
  });
});

describe('clearFieldErrors', () => {
  it('drops the errors of the edited fields only', () => {
    expect(clearFieldErrors({ token: 'tokenInvalid', appId: 'appIdInvalid' }, { token: 'abc' })).toEqual({
      appId: 'appIdInvalid',
    });
  });
});
