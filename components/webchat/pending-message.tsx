import { useTranslations } from 'next-intl';
import { bubbleClass } from './bubble-class';
import { LinkifiedText } from './linkified-text';
import { WebchatIcon } from './webchat-icon';
import type { OutboxItem } from './webchat-reducer';

/** A visitor message the server has not confirmed yet: sending, waiting its turn, or failed with a retry. */
export function PendingMessage({
  item,
  onRetry,
}: {
  item: OutboxItem;
  onRetry: (clientMessageId: string) => void;
}) {
  const t = useTranslations('webchat');
  const text = item.input.type === 'text' ? item.input.text : item.input.label;
  const failed = item.status === 'failed';
  return (
    <li className="flex flex-col items-end gap-1 pl-10">
      <div className={`${bubbleClass('visitor')} ${failed ? 'opacity-70' : 'opacity-80'}`}>
        <span className="sr-only">{t('you')}: </span>
        <LinkifiedText text={text} />
      </div>
      {failed ? (
        <p className="flex items-center gap-1.5 text-xs text-red-600">
          <WebchatIcon name="alert" className="h-3.5 w-3.5" />
          {t('notSent')}
          <button
            type="button"
            onClick={() => onRetry(item.clientMessageId)}
            className="inline-flex items-center gap-1 rounded-full px-2 py-0.5 font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-600"
          >
            <WebchatIcon name="retry" className="h-3.5 w-3.5" />
            {t('retry')}
          </button>
        </p>
      ) : (
        <p className="flex items-center gap-1 text-xs text-slate-400">
          <WebchatIcon name="clock" className="h-3.5 w-3.5" />
          {t('sending')}
        </p>
      )}
    </li>
  );
}
