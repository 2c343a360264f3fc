'use client';
import { useTranslations } from 'next-intl';
import { bubbleClass } from '@/components/webchat/bubble-class';
import { SafeImage } from '@/components/webchat/safe-image';
import { safeUrl } from '@/components/webchat/safe-url';
import { Avatar } from './avatar';
import type { UserInput } from './build-chat-rows';

function Content({ input, look }: { input: UserInput; look: 'web' | 'wechat' }) {
  const t = useTranslations('simulator.chat');
  const bubble = bubbleClass('visitor', look);
  switch (input.type) {
    case 'text':
      return <div className={`${bubble} break-words whitespace-pre-wrap`}>{input.text}</div>;
    case 'media': {
      const src = safeUrl(input.url);
      if (input.mediaType === 'image' && src)
        return (
          <SafeImage
            src={src}
            alt={t('image')}
            className="max-h-48 max-w-48 rounded-md bg-slate-100 object-cover shadow-sm"
            fallback={<div className={bubble}>🖼 {t('image')}</div>}
          />
        );
      if (input.mediaType === 'voice')
        return (
          <div className={bubble}>
            🎤 {t('voice')}
            {input.recognition ? (
              <span className="block text-sm opacity-80">“{input.recognition}”</span>
            ) : null}
          </div>
        );
      return <div className={bubble}>{t(input.mediaType === 'image' ? 'image' : 'video')}</div>;
    }
    case 'location':
      return (
        <div className={bubble}>
          📍 {input.label || t('location')}
          <span className="block text-xs opacity-70">
            {input.latitude}, {input.longitude}
          </span>
        </div>
      );
    case 'link':
      return (
        <div className={bubble}>
          🔗 {input.title}
          <span className="block truncate text-xs opacity-70">{input.url}</span>
        </div>
      );
  }
}

/** Something the test contact sent (text, media, location, link), on the right. */
export function UserBubble(props: { input: UserInput; time: string; look: 'web' | 'wechat' }) {
  const t = useTranslations('simulator.chat');
  return (
    <li data-testid="sim-user-message" className="flex items-start justify-end gap-2 pl-8">
      <div className="flex min-w-0 flex-col items-end gap-0.5">
        <span className="sr-only">{t('you')}: </span>
        <Content input={props.input} look={props.look} />
        <span className="px-1 text-[11px] text-slate-400">{props.time}</span>
      </div>
      {props.look === 'wechat' ? <Avatar side="user" /> : null}
    </li>
  );
}
