'use client';
import { useTranslations } from 'next-intl';
import { utf8ByteLength } from './utf8-byte-length';

/** WeChat's limit for a passive text reply, in UTF-8 bytes. */
const WECHAT_TEXT_BYTE_LIMIT = 2048;

/** "n / 2048 bytes" under a text message; red with an explanation above the limit. */
export function ByteCounter({ text }: { text: string }) {
  const t = useTranslations('inspector.messages');
  const bytes = utf8ByteLength(text);
  const over = bytes > WECHAT_TEXT_BYTE_LIMIT;
  return (
    <div className="flex flex-col gap-0.5" aria-live="polite">
      <p
        className={`text-right text-xs tabular-nums ${over ? 'font-medium text-red-600' : 'text-slate-500'}`}
      >
        {t('bytes', { count: bytes, limit: WECHAT_TEXT_BYTE_LIMIT })}
      </p>
      {over ? (
        <p className="text-xs text-red-600">{t('bytesOver', { limit: WECHAT_TEXT_BYTE_LIMIT })}</p>
      ) : null}
    </div>
  );
}
