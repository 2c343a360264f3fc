'use client';
import { useFormatter, useTranslations } from 'next-intl';

/** Whether WeChat's URL check (the signed GET with `echostr`) has succeeded on this channel's address. */
export function VerifyStatus({ verifiedAt }: { verifiedAt: Date | null }) {
  const t = useTranslations('channels.wechat');
  const format = useFormatter();
  if (verifiedAt) {
    return (
      <p
        data-testid="wechat-verify-status"
        data-verified="true"
        className="flex items-center gap-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
      >
        <span aria-hidden className="h-2 w-2 shrink-0 rounded-full bg-emerald-500" />
        {t('verified', { date: format.dateTime(verifiedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
    );
  }
  return (
    <div
      data-testid="wechat-verify-status"
      data-verified="false"
      className="flex flex-col gap-0.5 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="flex items-center gap-2 font-medium">
        <span aria-hidden className="h-2 w-2 shrink-0 rounded-full bg-amber-500" />
        {t('waiting')}
      </p>
      <p className="pl-4 text-xs text-amber-800">{t('waitingHint')}</p>
    </div>
  );
}
