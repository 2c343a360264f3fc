'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { channelUrls } from './channel-urls';
import { CopyField } from './copy-field';
import { EditWeChatDialog } from './edit-wechat-dialog';
import type { WeChatConfig } from './wechat-config';
import type { WeChatChannelType } from './wechat-setup-draft';
import { VerifyStatus } from './verify-status';
import { WeChatSettingsSummary } from './wechat-settings-summary';

export interface WeChatDetailsProps {
  origin: string;
  channel: {
    id: string;
    type: WeChatChannelType;
    publicKey: string;
    verifiedAt: Date | null;
    wechat: WeChatConfig;
  };
  /** Owners manage credentials. */
  canEditSettings: boolean;
}

/**
 * How to connect an Official Account or WeCom app: the callback URL to paste into WeChat's backend and
 * where, whether WeChat's URL check succeeded, and the stored settings.
 */
export function WeChatDetails({ origin, channel, canEditSettings }: WeChatDetailsProps) {
  const t = useTranslations('channels.wechat');
  const [editing, setEditing] = useState(false);
  const [reverify, setReverify] = useState(false);
  const urls = channelUrls(origin, channel.publicKey);
  const mp = channel.type === 'wechat_mp';

  return (
    <div className="flex flex-col gap-4">
      <div data-testid="wechat-callback-url">
        <CopyField
          label={t('callbackUrl')}
          value={mp ? urls.wechatCallback : urls.wecomCallback}
          hint={mp ? t('whereMp') : t('whereWecom')}
        />
      </div>
      <VerifyStatus verifiedAt={channel.verifiedAt} />
      {reverify ? (
        <Alert tone="info">
          <span className="flex flex-wrap items-center justify-between gap-2">
            {t('reverifyNotice')}
            <Button variant="ghost" size="sm" onClick={() => setReverify(false)}>
              {t('dismiss')}
            </Button>
          </span>
        </Alert>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h4 className="text-sm font-semibold text-slate-900">{t('settingsTitle')}</h4>
          {canEditSettings ? (
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              {t('editSettings')}
            </Button>
          ) : null}
        </div>
        <WeChatSettingsSummary type={channel.type} config={channel.wechat} />
      </div>
      <EditWeChatDialog
        open={editing}
        channelId={channel.id}
        type={channel.type}
        current={channel.wechat}
        onClose={() => setEditing(false)}
        onSaved={(needsCheck) => {
          setEditing(false);
          setReverify(needsCheck);
        }}
      />
    </div>
  );
}
