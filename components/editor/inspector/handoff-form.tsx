'use client';
import { useTranslations } from 'next-intl';
import { type InspectorFormProps } from './inspector-form-props';
import { MessageComposer } from './message-composer';
import { TemplateInput } from './template-input';
import { useFieldError } from './use-field-error';

export function HandoffForm({ node, onChange, readOnly }: InspectorFormProps<'handoff'>) {
  const t = useTranslations('inspector.handoff');
  const errorAt = useFieldError();
  const { data } = node;
  return (
    <div data-testid="inspector-handoff" className="flex flex-col gap-3">
      <p className="text-xs text-slate-500">{t('explanation')}</p>
      <TemplateInput
        label={t('reason')}
        hint={t('reasonHint')}
        value={data.reason}
        disabled={readOnly}
        error={errorAt('reason')}
        onChange={(reason) => onChange({ ...data, reason }, 'reason')}
      />
      <MessageComposer
        label={t('messages')}
        path="messages"
        messages={data.messages}
        readOnly={readOnly}
        onChange={(messages, field) => onChange({ ...data, messages }, `messages.${field}`)}
      />
    </div>
  );
}
