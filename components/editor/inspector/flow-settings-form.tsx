'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useEditorStore } from '../store/editor-store-context';
import { InspectorSection } from './inspector-section';
import { NumberField } from './number-field';
import { TimezoneSelect } from './timezone-select';

const MIN_BUDGET = 1;
const MAX_BUDGET = 1000;

/** The flow's time zone and step budget; an out-of-range budget is explained and not stored. */
export function FlowSettingsForm() {
  const t = useTranslations('inspector.settings');
  const settings = useEditorStore((state) => state.doc.settings);
  const setSettings = useEditorStore((state) => state.setSettings);
  const readOnly = useEditorStore((state) => state.readOnly);
  const [budgetProblem, setBudgetProblem] = useState(false);
  return (
    <InspectorSection title={t('title')}>
      <TimezoneSelect
        label={t('timezone')}
        value={settings.timezone}
        disabled={readOnly}
        onChange={(timezone) => timezone && setSettings({ ...settings, timezone })}
      />
      <NumberField
        label={t('stepBudget')}
        hint={t('stepBudgetHint', { min: MIN_BUDGET, max: MAX_BUDGET })}
        value={settings.stepBudget}
        min={1}
        max={1000}
        integer
        disabled={readOnly}
        error={budgetProblem ? t('stepBudgetRange', { min: MIN_BUDGET, max: MAX_BUDGET }) : undefined}
        onChange={(value) => {
          const ok =
            value !== undefined && Number.isInteger(value) && value >= MIN_BUDGET && value <= MAX_BUDGET;
          setBudgetProblem(!ok);
          if (ok) setSettings({ ...settings, stepBudget: value });
        }}
      />
    </InspectorSection>
  );
}
