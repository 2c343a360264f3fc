'use client';
import { useTranslations } from 'next-intl';
import { ByteCounter } from './byte-counter';
import { type MessageEditorProps } from './message-editor-props';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';

export function TextMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'text'>) {
  const t = useTranslations('inspector.messages');
  const errorAt = useFieldError();
  return (
    <TemplateTextarea
      label={t('text')}
      value={message.text}
      rows={4}
      disabled={readOnly}
      error={errorAt(`${path}.text`)}
      onChange={(text) => onChange({ ...message, text }, 'text')}
      footer={<ByteCounter text={message.text} />}
    />
  );
}
