'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type ExampleFlow, exampleFlows } from '@/core';
import { CancelFooter } from '@/components/editor/io/cancel-footer';
import { FlowNameForm } from '@/components/editor/io/flow-name-form';
import { usePickLocalized } from '@/components/editor/use-pick-localized';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

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
  const flows = useTranslations('flows');
  const pick = usePickLocalized();
  const [chosen, setChosen] = useState<ExampleFlow | null>(null);

  if (chosen)
    return (
      <FlowNameForm
        initialName={pick(chosen.name).slice(0, 80)}
        pending={pending}
        error={error}
        labels={{ name: flows('name'), create: t('create'), creating: t('creating'), cancel: t('back') }}
        onSubmit={(name) => onCreate(chosen, name)}
        onCancel={() => setChosen(null)}
      >
        <p className="text-sm font-medium text-slate-800">{t('nameTitle')}</p>
      </FlowNameForm>
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
      <CancelFooter onCancel={onClose} />
    </div>
  );
}
