'use client';
import { useTranslations } from 'next-intl';
import { type Message } from '@/core';
import { describeMessage } from '../describe/describe-message';
import { Chip } from './chip';
import { Thumbnail } from './thumbnail';

const OPTIONS_SHOWN = 4;

/** A glance at one message: text clamped to two lines, pictures as thumbnails, cards and menus in small. */
export function MessagePreview({ message }: { message: Message }) {
  const t = useTranslations();
  switch (message.kind) {
    case 'text':
      return message.text.trim() ? (
        <p className="line-clamp-2 break-words whitespace-pre-line">{message.text.trim()}</p>
      ) : (
        <p className="text-slate-400 italic">{t('editorNodes.describe.emptyText')}</p>
      );
    case 'image':
      return (
        <div className="flex items-center gap-2">
          <Thumbnail url={message.url} alt={t('editorNodes.imageAlt')} />
          <span className="text-slate-500">{t('inspector.messages.kind.image')}</span>
        </div>
      );
    case 'news': {
      const [first, ...rest] = message.articles;
      return (
        <div className="flex items-center gap-2">
          {first ? <Thumbnail url={first.picUrl} alt={first.title || t('editorNodes.imageAlt')} /> : null}
          <div className="min-w-0">
            <p className="line-clamp-2 font-medium break-words">{describeMessage(message, t)}</p>
            {rest.length > 0 ? (
              <p className="text-[11px] text-slate-500">
                {t('editorNodes.moreArticles', { count: rest.length })}
              </p>
            ) : null}
          </div>
        </div>
      );
    }
    case 'link':
    case 'mini-program':
      return (
        <div className="flex items-center gap-2 rounded border border-slate-200 bg-slate-50 p-1.5">
          {message.kind === 'link' ? (
            <Thumbnail
              url={message.thumbUrl}
              alt={message.title || t('editorNodes.imageAlt')}
              className="h-8 w-8"
            />
          ) : null}
          <p className="line-clamp-2 min-w-0 break-words">{describeMessage(message, t)}</p>
        </div>
      );
    case 'menu':
      return (
        <div className="space-y-1">
          <p className="line-clamp-2 break-words whitespace-pre-line">{describeMessage(message, t)}</p>
          <div className="flex flex-wrap gap-1">
            {message.options.slice(0, OPTIONS_SHOWN).map((option) => (
              <Chip key={option.id} tone="option">
                {option.label || option.id}
              </Chip>
            ))}
            {message.options.length > OPTIONS_SHOWN ? (
              <Chip tone="muted">
                {t('editorNodes.more', { count: message.options.length - OPTIONS_SHOWN })}
              </Chip>
            ) : null}
          </div>
        </div>
      );
    default:
      return <p className="line-clamp-2 break-words">{describeMessage(message, t)}</p>;
  }
}
