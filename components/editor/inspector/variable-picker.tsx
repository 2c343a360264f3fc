'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { type TemplateVariable } from './template-variable';

export interface VariablePickerProps {
  /** Names the field in the button's accessible name ("Insert variable into URL"). */
  fieldLabel: string;
  variables: readonly TemplateVariable[];
  onPick(name: string): void;
  disabled?: boolean;
}

/** The "{x}" button next to a template field: a menu of variables, each inserted at the caret. */
export function VariablePicker({ fieldLabel, variables, onPick, disabled }: VariablePickerProps) {
  const t = useTranslations('inspector.template');
  const menuId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div
      className="relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        disabled={disabled}
        aria-label={t('insertInto', { field: fieldLabel })}
        title={t('insert')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className="rounded px-1.5 font-mono text-xs text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
        onClick={() => setOpen((value) => !value)}
      >
        {'{x}'}
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-label={t('variables')}
          className="absolute top-full right-0 z-30 mt-1 max-h-64 w-56 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {variables.map((variable) => (
            <li key={variable.name} role="none">
              <button
                type="button"
                role="menuitem"
                className="flex w-full justify-between gap-2 px-3 py-1 text-left hover:bg-slate-100 focus:bg-slate-100"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setOpen(false);
                  onPick(variable.name);
                }}
              >
                <span className="font-mono">{variable.name}</span>
                <span className="text-xs text-slate-400">{t(`kind.${variable.kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
