'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { WeChatConfig } from './wechat-config';
import type { WeChatChannelType } from './wechat-setup-draft';

/** The stored settings of an Official Account / WeCom channel: ids, mode and hints of the secrets. */
export function WeChatSettingsSummary({ type, config }: { type: WeChatChannelType; config: WeChatConfig }) {
  const t = useTranslations('channels.wechat');
  const masked = (hint: string | undefined) => (hint ? `••••${hint}` : t('stored'));
  const rows: [string, ReactNode][] =
    type === 'wechat_mp'
      ? [
          [t('appId'), <code key="id">{config.appId ?? '—'}</code>],
          [t('mode'), config.mode ? t(`modes.${config.mode}`) : '—'],
        ]
      : [
          [t('corpId'), <code key="id">{config.corpId ?? '—'}</code>],
          [t('agentId'), <code key="agent">{config.agentId ?? '—'}</code>],
        ];
  rows.push([
    t('aesKey'),
    config.aesKeyHint ? <code key="aes">{masked(config.aesKeyHint)}</code> : t('notSet'),
  ]);
  if (config.hasAppSecret) {
    rows.push([
      type === 'wechat_mp' ? t('appSecretName') : t('wecomSecretName'),
      <code key="secret">{masked(config.appSecretHint)}</code>,
    ]);
  }
  if (config.apiBase) rows.push([t('apiBase'), <code key="base">{config.apiBase}</code>]);

  return (
    <div className="flex flex-col gap-2" data-testid="wechat-settings-summary">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="break-all text-slate-800 [&>code]:font-mono [&>code]:text-xs">{value}</dd>
          </div>
        ))}
      </dl>
      {!config.hasAppSecret ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {type === 'wechat_mp' ? t('noAppSecret') : t('noWecomSecret')}
        </p>
      ) : null}
    </div>
  );
}
