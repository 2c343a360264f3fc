'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { CheckboxField } from './checkbox-field';
import { type DurationUnit, durationUnits } from './duration-units';
import { type InspectorFormProps } from './inspector-form-props';
import { NumberField } from './number-field';
import { splitDuration } from './split-duration';
import { TimeWindowPicker } from './time-window-picker';
import { useFieldError } from './use-field-error';

export function DelayForm({ node, onChange, readOnly }: InspectorFormProps<'delay'>) {
  const t = useTranslations('inspector.delay');
  const errorAt = useFieldError();
  const { data } = node;
  const split = splitDuration(data.seconds);
  // The unit the author picked wins while it still expresses the stored seconds.
  const [chosen, setChosen] = useState<DurationUnit | null>(null);
  const unit = chosen !== null && data.seconds % durationUnits[chosen] === 0 ? chosen : split.unit;
  const amount = data.seconds / durationUnits[unit];
  return (
    <div data-testid="inspector-delay" className="flex flex-col gap-3">
      <div className="flex items-start gap-2">
        <NumberField
          label={t('duration')}
          className="flex-1"
          value={amount}
          min={0}
          disabled={readOnly}
          error={errorAt('seconds')}
          onChange={(next) =>
            onChange({ ...data, seconds: Math.round((next ?? 0) * durationUnits[unit]) }, 'seconds')
          }
        />
        <SelectField
          label={t('unit')}
          value={unit}
          disabled={readOnly}
          options={(Object.keys(durationUnits) as DurationUnit[]).map((u) => ({
            value: u,
            label: t(`units.${u}`),
          }))}
          onChange={(event) => {
            const next = event.target.value as DurationUnit;
            setChosen(next);
            onChange({ ...data, seconds: Math.round(amount * durationUnits[next]) }, 'seconds');
          }}
        />
      </div>
      <CheckboxField
        label={t('onlyWithin')}
        hint={t('onlyWithinHint')}
        checked={data.allowedWindow !== null}
        disabled={readOnly}
        onChange={(on) =>
          onChange(
            {
              ...data,
              allowedWindow: on ? { days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '18:00' }] } : null,
            },
            'allowedWindow',
          )
        }
      />
      {data.allowedWindow ? (
        <TimeWindowPicker
          value={data.allowedWindow}
          readOnly={readOnly}
          onChange={(allowedWindow, field) => onChange({ ...data, allowedWindow }, `allowedWindow.${field}`)}
        />
      ) : null}
    </div>
  );
}
