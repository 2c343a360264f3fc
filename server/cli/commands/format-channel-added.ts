import type { WeChatMode } from '@/core/channels/wechat-setup-schema';
import type { ChannelAdded } from './channel-added';

const MODE_LABELS: Record<WeChatMode, string> = {
  plain: 'plain (明文模式)',
  compat: 'compat (兼容模式)',
  safe: 'safe (安全模式)',
};

const KEPT_SECRET =
  'The Token and EncodingAESKey are stored encrypted and are not shown again: paste them now.';

/** Whether replies beyond the passive one can be sent: they need the app's secret. */
function appSecretLine(added: ChannelAdded, label: string): string[] {
  if (!added.appSecret) return [];
  return added.appSecret.stored
    ? [
        `${label} stored${added.appSecret.hint ? ` (…${added.appSecret.hint})` : ''}: replies beyond the passive one go through the API.`,
      ]
    : [
        `No ${label}: only the passive reply to each message can be sent. Add it later under Edit settings on the channel card.`,
      ];
}

/** The lines `replyflow channel add` prints: what to paste where, with the secrets shown once. */
export function formatChannelAdded(added: ChannelAdded): string[] {
  const lines = [
    `Added channel "${added.name}" (${added.type}, ${added.channelId}) to account "${added.account.name}" in workspace "${added.workspace.name}".`,
    '',
  ];
  switch (added.type) {
    case 'wechat_mp':
      lines.push(
        'In the Official Account backend, open 设置与开发 → 基本配置 → 服务器配置 and enter:',
        `  URL (服务器地址):                         ${added.url}`,
        `  Token (令牌):                             ${added.token}`,
        `  EncodingAESKey (消息加解密密钥):          ${added.encodingAesKey ?? '(none: plain mode)'}`,
        `  Encryption mode (消息加解密方式):         ${added.mode ? MODE_LABELS[added.mode] : ''}`,
        'Then submit and enable; WeChat checks the URL at once, so the server must be reachable there.',
        KEPT_SECRET,
        ...appSecretLine(added, 'AppSecret'),
      );
      break;
    case 'wecom':
      lines.push(
        'In the WeCom admin console, open 应用管理 → your app → 接收消息 → 设置API接收 and enter:',
        `  URL:             ${added.url}`,
        `  Token:           ${added.token}`,
        `  EncodingAESKey:  ${added.encodingAesKey}`,
        'Then save; WeCom checks the URL at once, so the server must be reachable there.',
        KEPT_SECRET,
        ...appSecretLine(added, 'Secret'),
      );
      break;
    case 'webhook':
      lines.push(
        `  Endpoint:        ${added.url}`,
        `  Signing secret:  ${added.signingSecret}`,
        ...(added.callbackUrl ? [`  Callback URL:    ${added.callbackUrl}`] : []),
        'The signing secret is stored encrypted and is not shown again: keep it now.',
      );
      break;
    case 'webchat':
      lines.push(`  Chat page:  ${added.url}`);
      break;
  }
  return lines;
}
