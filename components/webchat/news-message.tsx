import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import { useTranslations } from 'next-intl';
import { CardLink } from './card-link';
import { safeUrl } from './safe-url';
import { SafeImage } from './safe-image';

type NewsMessage = Extract<ChatEntry['message'], { kind: 'news' }>;

/** News articles as cards; a whole card is the link to its article (new tab). */
export function NewsMessage({ message }: { message: NewsMessage }) {
  const t = useTranslations('webchat');
  return (
    <div className="flex w-72 max-w-full flex-col gap-2">
      {message.articles.map((article, index) => {
        const picture = safeUrl(article.picUrl);
        return (
          <CardLink
            key={index}
            href={safeUrl(article.url)}
            className="block overflow-hidden rounded-2xl rounded-bl-md bg-white text-left shadow-sm ring-1 ring-slate-200/80"
          >
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
          </CardLink>
        );
      })}
    </div>
  );
}
