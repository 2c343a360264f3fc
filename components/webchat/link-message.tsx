import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import { useTranslations } from 'next-intl';
import { CardLink } from './card-link';
import { safeUrl } from './safe-url';
import { WebchatIcon } from './webchat-icon';
import { SafeImage } from './safe-image';

type LinkMessage = Extract<ChatEntry['message'], { kind: 'link' }>;

/** A link card: title, description, the site's host and a thumbnail; the card opens the URL in a new tab. */
export function LinkMessage({ message }: { message: LinkMessage }) {
  const t = useTranslations('webchat');
  const href = safeUrl(message.url);
  const thumb = safeUrl(message.thumbUrl);
  return (
    <CardLink
      href={href}
      className="flex w-72 max-w-full gap-3 rounded-2xl rounded-bl-md bg-white p-3 text-left shadow-sm ring-1 ring-slate-200/80"
    >
      <div className="min-w-0 flex-1">
        <p className="flex items-center gap-1 text-[11px] font-semibold tracking-wide text-brand-700 uppercase">
          <WebchatIcon name="link" className="h-3.5 w-3.5" />
          {t('kinds.link')}
        </p>
        <p className="font-semibold text-slate-900">{message.title}</p>
        {message.description ? (
          <p className="line-clamp-2 text-sm text-slate-600">{message.description}</p>
        ) : null}
        {href ? <p className="mt-1 truncate text-xs text-slate-400">{new URL(href).host}</p> : null}
      </div>
      {thumb ? (
        <SafeImage src={thumb} alt="" className="h-14 w-14 shrink-0 rounded-lg bg-slate-100 object-cover" />
      ) : null}
    </CardLink>
  );
}
