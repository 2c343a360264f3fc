export interface SearchInputProps {
  /** The accessible name (`aria-label`). */
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** Width classes. */
  className?: string;
}

/** A search box for filtering a list or table on the page. */
export function SearchInput({ label, placeholder, value, onChange, className = '' }: SearchInputProps) {
  return (
    <input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className={`h-9 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 ${className}`}
    />
  );
}
