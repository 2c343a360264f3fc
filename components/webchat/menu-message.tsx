import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import { useTranslations } from 'next-intl';
import { bubbleClass } from './bubble-class';
import { LinkifiedText } from './linkified-text';

type MenuMessage = Extract<ChatEntry['message'], { kind: 'menu' }>;

/** A menu: its head, one button per option (a click is sent as a menu-option input), its tail. */
export function MenuMessage(props: {
  message: MenuMessage;
  onOption?: (option: { id: string; label: string }) => void;
}) {
  const t = useTranslations('webchat');
  const { message, onOption } = props;
  return (
    <div className={`${bubbleClass('bot')} w-72`}>
      {message.head ? <LinkifiedText text={message.head} /> : null}
      <div role="group" aria-label={t('menuOptions')} className="my-2 flex flex-col gap-1.5">
        {message.options.map((option) => (
          <button
            key={option.id}
            type="button"
            disabled={!onOption}
            onClick={() => onOption?.(option)}
            className="rounded-xl border border-brand-500/40 bg-brand-50/60 px-3 py-1.5 text-left text-sm font-medium text-brand-700 transition hover:border-brand-500 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 active:scale-[0.99] disabled:cursor-not-allowed disabled:opacity-60"
          >
            {option.label}
          </button>
        ))}
      </div>
      {message.tail ? (
        <p className="text-sm text-slate-500">
          <LinkifiedText text={message.tail} />
        </p>
      ) : null}
    </div>
  );
}
