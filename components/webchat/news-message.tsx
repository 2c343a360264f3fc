import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import { useTranslations } from 'next-intl';
import { safeUrl } from './safe-url';
import { SafeImage } from './safe-image';

type NewsMessage = Extract<ChatEntry['message'], { kind: 'news' }>;

/** News articles as cards; a whole card is the link to its article (new tab). */
export function NewsMessage({ message }: { message: NewsMessage }) {
  const t = useTranslations('webchat');
  return (
    <div className="flex w-72 max-w-full flex-col gap-2">
      {message.articles.map((article, index) => {
        const href = safeUrl(article.url);
        const picture = safeUrl(article.picUrl);
        const body = (
          <>
            {picture ? (
              <SafeImage src={picture} alt="" className="aspect-[2/1] w-full bg-slate-100 object-cover" />
            ) : null}
            <div className="p-3">
              <p className="text-[11px] font-semibold tracking-wide text-brand-700 uppercase">
                {t('kinds.news')}
              </p>
              <p className="font-semibold text-slate-900">{article.title}</p>
              {article.description ? (
                <p className="line-clamp-3 text-sm text-slate-600">{article.description}</p>
              ) : null}
            </div>
          </>
        );
        const className =
          'block overflow-hidden rounded-2xl rounded-bl-md bg-white text-left shadow-sm ring-1 ring-slate-200/80';
        return href ? (
          <a
            key={index}
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            className={`${className} transition hover:shadow-md hover:ring-brand-500 focus-visible:outline-2 focus-visible:outline-brand-600`}
          >
            {body}
            <span className="sr-only">{t('opensInNewTab')}</span>
          </a>
        ) : (
          <div key={index} className={className}>
            {body}
          </div>
        );
      })}
    </div>
  );
}
