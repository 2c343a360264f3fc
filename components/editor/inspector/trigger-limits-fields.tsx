'use client';
import { useTranslations } from 'next-intl';
import { InspectorSection } from './inspector-section';
import { NumberField } from './number-field';
import { useFieldError } from './use-field-error';

interface Limits {
  maxPerDay?: number | undefined;
  cooldownSeconds?: number | undefined;
}

/** Per-contact firing caps of a trigger; empty means no cap. */
export function TriggerLimitsFields({
  limits,
  onChange,
  readOnly,
}: {
  limits: Limits;
  onChange(limits: Limits, field: string): void;
  readOnly: boolean;
}) {
  const t = useTranslations('inspector.limits');
  const errorAt = useFieldError();
  const set = (key: keyof Limits, value: number | undefined) => {
    const next = { ...limits };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next, `limits.${key}`);
  };
  return (
    <InspectorSection title={t('title')} hint={t('hint')}>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label={t('maxPerDay')}
          optional
          value={limits.maxPerDay}
          min={1}
          integer
          disabled={readOnly}
          placeholder={t('unlimited')}
          error={errorAt('limits.maxPerDay')}
          onChange={(value) => set('maxPerDay', value)}
        />
        <NumberField
          label={t('cooldownSeconds')}
          optional
          value={limits.cooldownSeconds}
          min={1}
          integer
          disabled={readOnly}
          placeholder={t('none')}
          error={errorAt('limits.cooldownSeconds')}
          onChange={(value) => set('cooldownSeconds', value)}
        />
      </div>
    </InspectorSection>
  );
}
