'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { type MessageEditorProps } from './message-editor-props';
import { EditableList } from './editable-list';
import { nextFreeNumber } from './next-free-number';
import { TemplateInput } from './template-input';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';

type Option = MessageEditorProps<'menu'>['message']['options'][number];

export function MenuMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'menu'>) {
  const t = useTranslations('inspector.messages');
  const errorAt = useFieldError();
  const { options } = message;
  const ids = options.map((option) => option.id);
  const duplicate = (id: string) => id !== '' && ids.filter((other) => other === id).length > 1;
  return (
    <div className="flex flex-col gap-2">
      <TemplateTextarea
        label={t('menuHead')}
        value={message.head}
        rows={2}
        disabled={readOnly}
        onChange={(head) => onChange({ ...message, head }, 'head')}
      />
      <p className="text-xs text-slate-500">{t('menuOptionsHint')}</p>
      <EditableList
        items={options}
        name="options"
        readOnly={readOnly}
        movable
        addLabel={t('addOption')}
        newItem={(current): Option => ({ id: nextFreeNumber(current.map((option) => option.id)), label: '' })}
        itemLabel={(option) => option.label || option.id}
        onChange={(next, field) => onChange({ ...message, options: next }, field)}
        renderRow={({ item: option, index, actions, patch }) => (
          <div className="flex items-start gap-2">
            <TextField
              label={t('optionId')}
              className="w-20"
              value={option.id}
              disabled={readOnly}
              error={duplicate(option.id) ? t('optionIdDuplicate') : errorAt(`${path}.options.${index}.id`)}
              onChange={(event) => patch({ id: event.target.value }, 'id')}
            />
            <TemplateInput
              label={t('optionLabel')}
              className="min-w-0 flex-1"
              value={option.label}
              disabled={readOnly}
              onChange={(label) => patch({ label }, 'label')}
            />
            <div className="pt-6">{actions}</div>
          </div>
        )}
      />
      <TemplateTextarea
        label={t('menuTail')}
        value={message.tail}
        rows={2}
        disabled={readOnly}
        onChange={(tail) => onChange({ ...message, tail }, 'tail')}
      />
    </div>
  );
}
