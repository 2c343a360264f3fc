'use client';
import { useTranslations } from 'next-intl';
import { useEditorStore } from '../store/editor-store-context';
import { FlowSettingsForm } from './flow-settings-form';
import { VariableManager } from './variable-manager';

/** What the inspector shows when no single node is selected: variables and flow settings. */
export function FlowPanel() {
  const t = useTranslations('inspector.flow');
  const many = useEditorStore((state) => state.selectedNodeIds.length);
  return (
    <div data-testid="inspector-flow" className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 className="text-sm font-semibold text-slate-900">{t('title')}</h2>
        <p className="text-sm text-slate-600">{many > 1 ? t('manySelected', { count: many }) : t('hint')}</p>
      </header>
      <VariableManager />
      <FlowSettingsForm />
    </div>
  );
}
