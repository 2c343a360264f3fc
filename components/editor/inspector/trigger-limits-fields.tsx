'use client';
import { useTranslations } from 'next-intl';
import { InspectorSection } from './inspector-section';
import { NumberPairFields } from './number-pair-fields';

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
  const set = (key: keyof Limits, value: number | undefined) => {
    const next = { ...limits };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next, `limits.${key}`);
  };
  return (
    <InspectorSection title={t('title')} hint={t('hint')}>
      <NumberPairFields
        fields={[
          { key: 'maxPerDay', label: t('maxPerDay'), min: 1, integer: true, placeholder: t('unlimited') },
          {
            key: 'cooldownSeconds',
            label: t('cooldownSeconds'),
            min: 1,
            integer: true,
            placeholder: t('none'),
          },
        ]}
        values={limits}
        errorPrefix="limits."
        readOnly={readOnly}
        onChange={set}
      />
    </InspectorSection>
  );
}
