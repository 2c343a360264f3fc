import { TextField } from './text-field';
import type { useRequiredName } from './use-required-name';

export interface NameFieldProps {
  label: string;
  name: ReturnType<typeof useRequiredName>;
}

/** The required name of what a dialog creates or renames: at most 80 characters, focused on opening. */
export function NameField({ label, name }: NameFieldProps) {
  return (
    <TextField
      label={label}
      value={name.value}
      onChange={(e) => name.setValue(e.target.value)}
      maxLength={80}
      error={name.error}
      autoFocus
      required
    />
  );
}
