'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { SafeImage } from '@/components/webchat/safe-image';
import { isPreviewableUrl } from './is-previewable-url';
import { type MessageEditorProps } from './message-editor-props';
import { TemplateInput } from './template-input';
import { useFieldError } from './use-field-error';

export function ImageMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'image'>) {
  const t = useTranslations('inspector.messages');
  const errorAt = useFieldError();
  return (
    <div className="flex flex-col gap-2">
      <TemplateInput
        label={t('imageUrl')}
        value={message.url}
        disabled={readOnly}
        error={errorAt(`${path}.url`)}
        hint={t('imageUrlHint')}
        onChange={(url) => onChange({ ...message, url }, 'url')}
      />
      <TextField
        label={t('mediaId')}
        value={message.mediaId}
        disabled={readOnly}
        error={errorAt(`${path}.mediaId`)}
        onChange={(event) => onChange({ ...message, mediaId: event.target.value }, 'mediaId')}
      />
      {isPreviewableUrl(message.url) ? (
        <SafeImage
          key={message.url}
          src={message.url}
          alt={t('imagePreview')}
          className="max-h-40 w-fit rounded border border-slate-200 object-contain"
          fallback={<p className="text-xs text-amber-700">{t('imagePreviewFailed')}</p>}
        />
      ) : null}
    </div>
  );
}
