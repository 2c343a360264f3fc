import { useTranslations } from 'next-intl';

/** Three pulsing dots on the bot's side while a message is being answered. */
export function TypingIndicator({ name }: { name: string }) {
  const t = useTranslations('webchat');
  return (
    <div className="flex justify-start" role="status">
      <span className="sr-only">{t('typing', { name })}</span>
      <div
        aria-hidden="true"
        className="flex items-center gap-1 rounded-2xl rounded-bl-md bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200/80"
      >
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="h-2 w-2 animate-bounce rounded-full bg-slate-400"
            style={{ animationDelay: `${delay}ms`, animationDuration: '1s' }}
          />
        ))}
      </div>
    </div>
  );
}
