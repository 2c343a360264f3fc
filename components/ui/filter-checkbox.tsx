export interface FilterCheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  className?: string;
}

/** A labelled checkbox that narrows what a list or table shows ("show archived", "only problems"). */
export function FilterCheckbox({ label, checked, onChange, className = '' }: FilterCheckboxProps) {
  return (
    <label className={`inline-flex items-center gap-2 text-sm text-slate-600 ${className}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="h-4 w-4 rounded border-slate-300 accent-brand-600"
      />
      {label}
    </label>
  );
}
