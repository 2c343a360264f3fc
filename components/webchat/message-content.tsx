import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import { useTranslations } from 'next-intl';
import { assertNever } from '@/core/shared/assert-never';
import { bubbleClass } from './bubble-class';
import { LinkifiedText } from './linkified-text';
import { LinkMessage } from './link-message';
import { MediaCard } from './media-card';
import { MenuMessage } from './menu-message';
import { NewsMessage } from './news-message';
import { safeUrl } from './safe-url';
import { SafeImage } from './safe-image';

/** One message of any kind, drawn for the side that sent it (in the web chat's look by default). */
export function MessageContent(props: {
  message: ChatEntry['message'];
  side: 'visitor' | 'bot';
  onMenuOption?: (option: { id: string; label: string }) => void;
  /** How bubbles are drawn; the web chat's own look unless the simulator imitates WeChat. */
  look?: 'web' | 'wechat';
}) {
  const t = useTranslations('webchat');
  const { message, side } = props;
  switch (message.kind) {
    case 'text':
      return (
        <div className={bubbleClass(side, props.look)}>
          <LinkifiedText text={message.text} />
        </div>
      );
    case 'image': {
      const src = safeUrl(message.url);
      if (!src) return <MediaCard icon="image" label={t('kinds.image')} hint={t('imageUnavailable')} />;
      return (
        <a
          href={src}
          target="_blank"
          rel="noopener noreferrer"
          className="block overflow-hidden rounded-2xl shadow-sm"
        >
          <SafeImage
            src={src}
            alt={t('kinds.image')}
            className="max-h-72 max-w-64 bg-slate-100 object-cover"
            fallback={<MediaCard icon="image" label={t('kinds.image')} hint={t('imageUnavailable')} />}
          />
        </a>
      );
    }
    case 'news':
      return <NewsMessage message={message} />;
    case 'link':
      return <LinkMessage message={message} />;
    case 'menu':
      return <MenuMessage message={message} onOption={props.onMenuOption} />;
    case 'music':
    case 'video':
      return (
        <MediaCard
          icon={message.kind}
          label={t(`kinds.${message.kind}`)}
          title={message.title}
          description={message.description}
          hint={t('notPlayable')}
        />
      );
    case 'voice':
      return <MediaCard icon="voice" label={t('kinds.voice')} hint={t('notPlayable')} />;
    case 'mini-program':
      return (
        <MediaCard
          icon="miniProgram"
          label={t('kinds.miniProgram')}
          title={message.title}
          hint={t('openInWeChat')}
        />
      );
    default:
      return assertNever(message);
  }
}
