import { useFormatter, useTranslations } from 'next-intl';
import { dayKey } from './day-key';

/** "Today", "Yesterday" or the date, between the messages of different days. */
export function DayDivider({ at }: { at: number }) {
  const t = useTranslations('webchat');
  const format = useFormatter();
  const now = Date.now();
  const day = dayKey(at);
  const label =
    day === dayKey(now)
      ? t('today')
      : day === dayKey(now - 86_400_000)
        ? t('yesterday')
        : format.dateTime(at, { dateStyle: 'medium' });
  return (
    <li className="flex items-center gap-3 py-1 text-xs font-medium text-slate-400" role="separator">
      <span className="h-px flex-1 bg-slate-200" />
      {label}
      <span className="h-px flex-1 bg-slate-200" />
    </li>
  );
}
