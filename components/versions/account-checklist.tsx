'use client';
import { useId } from 'react';

export interface ChecklistAccount {
  id: string;
  name: string;
  /** What the account runs now, read after its name. */
  hint: string;
  disabled?: boolean;
  /** Highlights the hint (a rollback on this account). */
  warn?: boolean;
}

/** A fieldset of account checkboxes; each checkbox is named by the account alone. */
export function AccountChecklist({
  legend,
  accounts,
  selected,
  onChange,
}: {
  legend: string;
  accounts: ChecklistAccount[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const base = useId();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      {accounts.map((account, index) => {
        const inputId = `${base}-${index}`;
        const checked = selected.includes(account.id);
        return (
          <div key={account.id} className="flex items-start gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50">
            <input
              id={inputId}
              type="checkbox"
              className="mt-0.5 h-4 w-4 rounded border-slate-300"
              checked={checked}
              disabled={account.disabled}
              aria-describedby={`${inputId}-hint`}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, account.id]
                    : selected.filter((id) => id !== account.id),
                )
              }
            />
            <div className="min-w-0 text-sm">
              <label htmlFor={inputId} className="font-medium text-slate-900">
                {account.name}
              </label>
              <p
                id={`${inputId}-hint`}
                className={`text-xs ${account.warn ? 'text-amber-700' : 'text-slate-500'}`}
              >
                {account.hint}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
