'use client';
import { useTranslations } from 'next-intl';
import { CheckboxField } from './checkbox-field';
import { type InspectorFormProps } from './inspector-form-props';

export function EndForm({ node, onChange, readOnly }: InspectorFormProps<'end'>) {
  const t = useTranslations('inspector.end');
  return (
    <div data-testid="inspector-end" className="flex flex-col gap-3">
      <CheckboxField
        label={t('clearVariables')}
        hint={t('clearVariablesHint')}
        checked={node.data.clearVariables}
        disabled={readOnly}
        onChange={(clearVariables) => onChange({ ...node.data, clearVariables }, 'clearVariables')}
      />
    </div>
  );
}
