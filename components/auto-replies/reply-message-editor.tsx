'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { type Message } from '@/core';
import { ByteCounter } from '@/components/editor/inspector/byte-counter';
import { TextField } from '@/components/ui/text-field';

export interface ReplyMessageEditorProps {
  message: Message;
  onChange(message: Message): void;
  readOnly: boolean;
}

/**
 * One message of an auto reply: text (with WeChat's byte counter), image or link card. Other kinds
 * (made elsewhere) are kept as they are and can only be removed here.
 */
export function ReplyMessageEditor({ message, onChange, readOnly }: ReplyMessageEditorProps) {
  const t = useTranslations('autoReplies.message');
  const textId = useId();
  switch (message.kind) {
    case 'text':
      return (
        <div className="flex flex-col gap-1">
          <label htmlFor={textId} className="text-sm font-medium text-slate-700">
            {t('text')}
          </label>
          <textarea
            id={textId}
            rows={3}
            value={message.text}
            disabled={readOnly}
            onChange={(event) => onChange({ ...message, text: event.target.value })}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 disabled:bg-slate-50"
          />
          <ByteCounter text={message.text} />
        </div>
      );
    case 'image':
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={t('imageUrl')}
            type="url"
            value={message.url}
            disabled={readOnly}
            hint={t('imageUrlHint')}
            onChange={(event) => onChange({ ...message, url: event.target.value })}
          />
          <TextField
            label={t('mediaId')}
            value={message.mediaId}
            disabled={readOnly}
            onChange={(event) => onChange({ ...message, mediaId: event.target.value })}
          />
        </div>
      );
    case 'link':
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          {(['title', 'description', 'url', 'thumbUrl'] as const).map((field) => (
            <TextField
              key={field}
              label={t(`link.${field}`)}
              type={field === 'url' || field === 'thumbUrl' ? 'url' : 'text'}
              value={message[field]}
              disabled={readOnly}
              onChange={(event) => onChange({ ...message, [field]: event.target.value })}
            />
          ))}
        </div>
      );
    default:
      return <p className="text-sm text-slate-600">{t('otherKind')}</p>;
  }
}
