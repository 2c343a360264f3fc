'use client';
import { useTranslations } from 'next-intl';
import { CheckboxField } from './checkbox-field';
import { AnswerValidationFields } from './answer-validation-fields';
import { type InspectorFormProps } from './inspector-form-props';
import { InspectorSection } from './inspector-section';
import { MessageComposer } from './message-composer';
import { NumberField } from './number-field';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';
import { VariableNameField } from './variable-name-field';

const DEFAULT_TIMEOUT_SECONDS = 300;

export function AskForm({ node, onChange, readOnly }: InspectorFormProps<'ask'>) {
  const t = useTranslations('inspector.ask');
  const errorAt = useFieldError();
  const { data } = node;
  return (
    <div data-testid="inspector-ask" className="flex flex-col gap-3">
      <MessageComposer
        label={t('prompt')}
        path="prompt"
        messages={data.prompt}
        readOnly={readOnly}
        onChange={(prompt, field) => onChange({ ...data, prompt }, `prompt.${field}`)}
      />
      <VariableNameField
        label={t('variable')}
        hint={t('variableHint')}
        value={data.variable}
        disabled={readOnly}
        error={errorAt('variable')}
        onChange={(variable) => onChange({ ...data, variable }, 'variable')}
      />
      <InspectorSection title={t('validation')}>
        <AnswerValidationFields
          validation={data.validation}
          readOnly={readOnly}
          onChange={(validation, field) => onChange({ ...data, validation }, `validation.${field}`)}
        />
      </InspectorSection>
      <InspectorSection title={t('retries')}>
        <NumberField
          label={t('maxRetries')}
          value={data.maxRetries}
          min={0}
          integer
          disabled={readOnly}
          error={errorAt('maxRetries')}
          hint={t('maxRetriesHint')}
          onChange={(maxRetries) => onChange({ ...data, maxRetries: maxRetries ?? 0 }, 'maxRetries')}
        />
        <TemplateTextarea
          label={t('retryMessage')}
          rows={2}
          value={data.retryMessage}
          disabled={readOnly}
          error={errorAt('retryMessage')}
          onChange={(retryMessage) => onChange({ ...data, retryMessage }, 'retryMessage')}
        />
      </InspectorSection>
      <InspectorSection title={t('timeout')}>
        <CheckboxField
          label={t('timeoutEnabled')}
          hint={t('timeoutHint')}
          checked={data.timeoutSeconds !== null}
          disabled={readOnly}
          onChange={(on) =>
            onChange({ ...data, timeoutSeconds: on ? DEFAULT_TIMEOUT_SECONDS : null }, 'timeoutSeconds')
          }
        />
        {data.timeoutSeconds !== null ? (
          <NumberField
            label={t('timeoutSeconds')}
            value={data.timeoutSeconds}
            min={1}
            integer
            disabled={readOnly}
            error={errorAt('timeoutSeconds')}
            onChange={(seconds) =>
              onChange({ ...data, timeoutSeconds: seconds ?? DEFAULT_TIMEOUT_SECONDS }, 'timeoutSeconds')
            }
          />
        ) : null}
      </InspectorSection>
    </div>
  );
}
