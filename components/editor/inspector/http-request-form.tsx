'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { type NodeOfType } from '@/core';
import { parseJsonPath } from '@/core/compiler/parse-json-path';
import { EditableList } from './editable-list';
import { HttpTestPanel } from './http-test-panel';
import { type InspectorFormProps } from './inspector-form-props';
import { InspectorSection } from './inspector-section';
import { jsonBodyProblem } from './json-body-problem';
import { KeyValueRows } from './key-value-rows';
import { NumberField } from './number-field';
import { TemplateInput } from './template-input';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';
import { VariableNameField } from './variable-name-field';

type Data = NodeOfType<'http-request'>['data'];
type Mapping = Data['responseMappings'][number];

const METHODS: Data['method'][] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const WITH_BODY = new Set<Data['method']>(['POST', 'PUT', 'PATCH']);

export function HttpRequestForm({ node, onChange, readOnly }: InspectorFormProps<'http-request'>) {
  const t = useTranslations('inspector.http');
  const errorAt = useFieldError();
  const { data } = node;
  const bodyProblem = data.body.trim() === '' ? null : jsonBodyProblem(data.body);
  return (
    <div data-testid="inspector-http-request" className="flex flex-col gap-3">
      <SelectField
        label={t('method')}
        value={data.method}
        disabled={readOnly}
        options={METHODS.map((method) => ({ value: method, label: method }))}
        onChange={(event) => onChange({ ...data, method: event.target.value as Data['method'] }, 'method')}
      />
      <TemplateInput
        label={t('url')}
        placeholder="https://api.example.com/orders/{{ orderId }}"
        value={data.url}
        disabled={readOnly}
        error={errorAt('url')}
        onChange={(url) => onChange({ ...data, url }, 'url')}
      />
      <InspectorSection title={t('headers')}>
        <KeyValueRows
          rows={data.headers}
          readOnly={readOnly}
          templateValues
          nameLabel={t('headerName')}
          valueLabel={t('headerValue')}
          addLabel={t('addHeader')}
          onChange={(headers, field) => onChange({ ...data, headers }, `headers.${field}`)}
        />
      </InspectorSection>
      {WITH_BODY.has(data.method) ? (
        <TemplateTextarea
          label={t('body')}
          rows={5}
          value={data.body}
          disabled={readOnly}
          error={errorAt('body')}
          hint={
            data.body.trim() === ''
              ? undefined
              : bodyProblem
                ? t('bodyNotJson', { error: bodyProblem })
                : t('bodyJson')
          }
          onChange={(body) => onChange({ ...data, body }, 'body')}
        />
      ) : null}
      <NumberField
        label={t('timeoutMs')}
        value={data.timeoutMs}
        min={100}
        max={30000}
        integer
        disabled={readOnly}
        hint={t('timeoutHint')}
        error={errorAt('timeoutMs')}
        onChange={(timeoutMs) => onChange({ ...data, timeoutMs: timeoutMs ?? 5000 }, 'timeoutMs')}
      />
      <InspectorSection title={t('mappings')} hint={t('mappingsHint')}>
        <EditableList
          items={data.responseMappings}
          name="responseMappings"
          readOnly={readOnly}
          addLabel={t('addMapping')}
          newItem={(): Mapping => ({ variable: '', path: '' })}
          itemLabel={(mapping, index) => mapping.variable || String(index + 1)}
          onChange={(next, field) => onChange({ ...data, responseMappings: next }, field)}
          renderRow={({ item: mapping, index, actions, patch }) => (
            <div className="flex items-start gap-2">
              <VariableNameField
                label={t('mappingVariable')}
                className="w-2/5"
                value={mapping.variable}
                disabled={readOnly}
                error={errorAt(['responseMappings', index, 'variable'])}
                onChange={(variable) => patch({ variable }, 'variable')}
              />
              <TextField
                label={t('mappingPath')}
                className="min-w-0 flex-1 font-mono"
                placeholder="data.items[0].name"
                value={mapping.path}
                disabled={readOnly}
                error={
                  mapping.path.trim() !== '' && parseJsonPath(mapping.path) === null ? t('badPath') : null
                }
                onChange={(event) => patch({ path: event.target.value }, 'path')}
              />
              <div className="pt-6">{actions}</div>
            </div>
          )}
        />
      </InspectorSection>
      <HttpTestPanel node={node} readOnly={readOnly} />
    </div>
  );
}
