'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type MessageEditorProps } from './message-editor-props';
import { moveItem } from './move-item';
import { nextFreeNumber } from './next-free-number';
import { RowActions } from './row-actions';
import { TemplateInput } from './template-input';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';

type Option = MessageEditorProps<'menu'>['message']['options'][number];

export function MenuMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'menu'>) {
  const t = useTranslations('inspector.messages');
  const errorAt = useFieldError();
  const { options } = message;
  const ids = options.map((option) => option.id);
  const setOptions = (next: Option[], field: string) => onChange({ ...message, options: next }, field);
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
      {options.map((option, index) => (
        <div key={index} className="flex items-start gap-2">
          <TextField
            label={t('optionId')}
            className="w-20"
            value={option.id}
            disabled={readOnly}
            error={duplicate(option.id) ? t('optionIdDuplicate') : errorAt(`${path}.options.${index}.id`)}
            onChange={(event) =>
              setOptions(
                options.map((o, i) => (i === index ? { ...o, id: event.target.value } : o)),
                `options.${index}.id`,
              )
            }
          />
          <TemplateInput
            label={t('optionLabel')}
            className="min-w-0 flex-1"
            value={option.label}
            disabled={readOnly}
            onChange={(label) =>
              setOptions(
                options.map((o, i) => (i === index ? { ...o, label } : o)),
                `options.${index}.label`,
              )
            }
          />
          <div className="pt-6">
            <RowActions
              index={index}
              count={options.length}
              disabled={readOnly}
              itemLabel={option.label || option.id}
              onMove={(from, to) => setOptions(moveItem(options, from, to), 'options')}
              onRemove={(at) =>
                setOptions(
                  options.filter((_, i) => i !== at),
                  'options',
                )
              }
            />
          </div>
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => setOptions([...options, { id: nextFreeNumber(ids), label: '' }], 'options')}
      >
        {t('addOption')}
      </Button>
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
