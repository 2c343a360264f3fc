'use client';
import { useTranslations } from 'next-intl';
import { type InspectorFormProps } from './inspector-form-props';

export function FallbackForm(_props: InspectorFormProps<'fallback'>) {
  const t = useTranslations('inspector.fallback');
  return (
    <div data-testid="inspector-fallback" className="flex flex-col gap-2 text-sm text-slate-600">
      <p>{t('explanation')}</p>
      <p className="text-xs text-slate-500">{t('noFields')}</p>
    </div>
  );
}
