'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** A dialog's bottom row with only the common "Cancel" button, on the right. */
export function CancelFooter({ onCancel }: { onCancel: () => void }) {
  const common = useTranslations('common');
  return (
    <div className="flex justify-end">
      <Button variant="secondary" onClick={onCancel}>
        {common('cancel')}
      </Button>
    </div>
  );
}
