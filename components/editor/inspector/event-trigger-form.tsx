'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { nodeCatalogue, type NodeOfType } from '@/core';
import { type InspectorFormProps } from './inspector-form-props';
import { NumberField } from './number-field';
import { TriggerLimitsFields } from './trigger-limits-fields';
import { useFieldError } from './use-field-error';

type Data = NodeOfType<'event-trigger'>['data'];

const EVENTS = nodeCatalogue['event-trigger'].dataSchema.shape.event.unwrap().options;
const MEDIA_TYPES = nodeCatalogue['event-trigger'].dataSchema.shape.mediaType.unwrap().options;

export function EventTriggerForm({ node, onChange, readOnly }: InspectorFormProps<'event-trigger'>) {
  const t = useTranslations('inspector.event');
  const errorAt = useFieldError();
  const { data } = node;
  const set = <F extends keyof Data>(field: F, value: Data[F]) =>
    onChange({ ...data, [field]: value }, field);
  return (
    <div data-testid="inspector-event-trigger" className="flex flex-col gap-3">
      <SelectField
        label={t('event')}
        value={data.event}
        disabled={readOnly}
        options={EVENTS.map((event) => ({ value: event, label: t(`events.${event}`) }))}
        onChange={(event) => set('event', event.target.value as Data['event'])}
      />
      {data.event === 'qr-scene' ? (
        <TextField
          label={t('scene')}
          hint={t('sceneHint')}
          value={data.scene}
          disabled={readOnly}
          error={errorAt('scene')}
          onChange={(event) => set('scene', event.target.value)}
        />
      ) : null}
      {data.event === 'menu-click' ? (
        <TextField
          label={t('menuKey')}
          hint={t('menuKeyHint')}
          value={data.menuKey}
          disabled={readOnly}
          error={errorAt('menuKey')}
          onChange={(event) => set('menuKey', event.target.value)}
        />
      ) : null}
      {data.event === 'media' ? (
        <SelectField
          label={t('mediaType')}
          value={data.mediaType}
          disabled={readOnly}
          options={MEDIA_TYPES.map((type) => ({ value: type, label: t(`mediaTypes.${type}`) }))}
          onChange={(event) => set('mediaType', event.target.value as Data['mediaType'])}
        />
      ) : null}
      <NumberField
        label={t('priority')}
        value={data.priority}
        integer
        disabled={readOnly}
        error={errorAt('priority')}
        onChange={(priority) => set('priority', priority ?? 0)}
      />
      <TriggerLimitsFields
        limits={data.limits}
        readOnly={readOnly}
        onChange={(limits, field) => onChange({ ...data, limits }, field)}
      />
    </div>
  );
}
