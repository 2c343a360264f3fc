'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { CallbackUrlForm } from './callback-url-form';
import { channelUrls } from './channel-urls';
import { CopyField } from './copy-field';

/** Clock skew the webhook endpoint tolerates (WEBHOOK_TOLERANCE_SECONDS in the webhook contract). */
const TOLERANCE_MINUTES = 5;

export interface WebhookDetailsProps {
  origin: string;
  channel: {
    id: string;
    publicKey: string;
    hasSecret: boolean;
    callbackUrl: string | null;
    secretHint: string | null;
  };
  /** Owners manage credentials. */
  canRotate: boolean;
  onRotate: () => void;
}

/** How to call a webhook channel: endpoint, signing scheme, callback URL and the secret's state. */
export function WebhookDetails({ origin, channel, canRotate, onRotate }: WebhookDetailsProps) {
  const t = useTranslations('channels');
  const urls = channelUrls(origin, channel.publicKey);
  return (
    <div className="flex flex-col gap-4">
      <CopyField label={t('endpoint')} value={urls.endpoint} hint={t('endpointHint')} />
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
        <h4 className="font-semibold text-slate-900">{t('signingTitle')}</h4>
        <dl className="mt-2 grid gap-2 text-slate-700">
          <div>
            <dt className="font-mono text-xs text-slate-900">X-ReplyFlow-Timestamp</dt>
            <dd className="text-xs">{t('signingTimestamp', { minutes: TOLERANCE_MINUTES })}</dd>
          </div>
          <div>
            <dt className="font-mono text-xs text-slate-900">
              X-ReplyFlow-Signature: sha256=HMAC(secret, &quot;&lt;timestamp&gt;.&lt;body&gt;&quot;)
            </dt>
            <dd className="text-xs">{t('signingSignature')}</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-600">
          {t.rich('docsHint', {
            code: (chunks) => (
              <code className="rounded bg-white px-1 py-0.5 font-mono text-brand-700 ring-1 ring-slate-200">
                {chunks}
              </code>
            ),
          })}
        </p>
      </div>
      <CallbackUrlForm channelId={channel.id} callbackUrl={channel.callbackUrl} />
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
        <div>
          <p className="text-sm font-medium text-slate-700">{t('secret')}</p>
          {channel.hasSecret && channel.secretHint ? (
            <p className="font-mono text-sm text-slate-700" aria-label={t('secretMasked')}>
              ••••••••{channel.secretHint}
            </p>
          ) : null}
          <p className="text-xs text-slate-500">
            {channel.hasSecret ? t('secretStored') : t('secretMissing')}
          </p>
        </div>
        {canRotate ? (
          <Button variant="secondary" size="sm" onClick={onRotate}>
            {t('rotate')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
