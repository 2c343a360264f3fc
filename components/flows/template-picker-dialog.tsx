'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type ExampleFlow, exampleFlows } from '@/core';
import { usePickLocalized } from '@/components/editor/use-pick-localized';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { NameField } from '@/components/ui/name-field';
import { useRequiredName } from '@/components/ui/use-required-name';

export interface TemplatePickerDialogProps {
  open: boolean;
  /** The flow is being created. */
  pending: boolean;
  /** The server's refusal, already in the UI language. */
  error: string | null;
  /** Creates a flow named `name` with the template's document. */
  onCreate: (template: ExampleFlow, name: string) => void;
  onClose: () => void;
}

/** Lists the shipped example flows (localized name, description, node count); choosing one asks for a name. */
export function TemplatePickerDialog(props: TemplatePickerDialogProps) {
  const t = useTranslations('flows.templates');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('title')}>
      <TemplatePicker {...props} />
    </Dialog>
  );
}

function TemplatePicker({ pending, error, onCreate, onClose }: TemplatePickerDialogProps) {
  const t = useTranslations('flows.templates');
  const common = useTranslations('common');
  const pick = usePickLocalized();
  const [chosen, setChosen] = useState<ExampleFlow | null>(null);

  if (chosen)
    return (
      <NameStep
        initialName={pick(chosen.name).slice(0, 80)}
        pending={pending}
        error={error}
        onSubmit={(name) => onCreate(chosen, name)}
        onBack={() => setChosen(null)}
      />
    );

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t('description')}</p>
      <ul className="flex max-h-[55vh] flex-col gap-2 overflow-auto" data-testid="template-list">
        {exampleFlows.map((template) => (
          <li key={template.id} className="rounded-lg border border-slate-200 p-3">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{pick(template.name)}</p>
                <p className="mt-0.5 text-sm text-slate-600">{pick(template.description)}</p>
                <p className="mt-1 text-xs text-slate-500">
                  {t('nodes', { count: template.document.nodes.length })}
                </p>
              </div>
              <Button
                size="sm"
                variant="secondary"
                className="shrink-0"
                aria-label={t('use', { name: pick(template.name) })}
                onClick={() => setChosen(template)}
              >
                {t('useShort')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onClose}>
          {common('cancel')}
        </Button>
      </div>
    </div>
  );
}

function NameStep(props: {
  initialName: string;
  pending: boolean;
  error: string | null;
  onSubmit: (name: string) => void;
  onBack: () => void;
}) {
  const t = useTranslations('flows.templates');
  const flows = useTranslations('flows');
  const name = useRequiredName(props.initialName);
  return (
    <DialogForm
      onSubmit={() => {
        const trimmed = name.check();
        if (trimmed) props.onSubmit(trimmed);
      }}
      error={props.error}
      pending={props.pending}
      submitLabel={props.pending ? t('creating') : t('create')}
      onCancel={props.onBack}
      cancelLabel={t('back')}
    >
      <p className="text-sm font-medium text-slate-800">{t('nameTitle')}</p>
      <NameField label={flows('name')} name={name} />
    </DialogForm>
  );
}
