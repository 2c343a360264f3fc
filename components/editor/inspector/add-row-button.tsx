'use client';
import { Button } from '@/components/ui/button';

export interface AddRowButtonProps {
  label: string;
  disabled?: boolean;
  onClick(): void;
}

/** The secondary "Add …" button under an editable list. */
export function AddRowButton({ label, disabled, onClick }: AddRowButtonProps) {
  return (
    <Button variant="secondary" size="sm" className="w-fit" disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  );
}
