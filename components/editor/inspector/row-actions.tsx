'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export interface RowActionsProps {
  index: number;
  count: number;
  onMove?(from: number, to: number): void;
  onRemove(index: number): void;
  disabled?: boolean;
  /** Names the row in the buttons' accessible names ("Remove Branch 2"). */
  itemLabel?: string;
}

/** Move up / move down / remove buttons for one row of an editable list. */
export function RowActions({ index, count, onMove, onRemove, disabled, itemLabel }: RowActionsProps) {
  const t = useTranslations('inspector.common');
  const name = (text: string) => (itemLabel ? `${text}: ${itemLabel}` : text);
  return (
    <div className="flex shrink-0 items-center gap-0.5">
      {onMove ? (
        <>
          <Button
            variant="ghost"
            size="sm"
            className="!px-2"
            aria-label={name(t('moveUp'))}
            title={t('moveUp')}
            disabled={disabled || index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="!px-2"
            aria-label={name(t('moveDown'))}
            title={t('moveDown')}
            disabled={disabled || index >= count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </Button>
        </>
      ) : null}
      <Button
        variant="ghost"
        size="sm"
        className="!px-2 text-red-600"
        aria-label={name(t('remove'))}
        title={t('remove')}
        disabled={disabled}
        onClick={() => onRemove(index)}
      >
        ×
      </Button>
    </div>
  );
}
