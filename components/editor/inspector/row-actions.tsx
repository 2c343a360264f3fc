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

const MOVES = [
  { key: 'moveUp', step: -1, arrow: '↑' },
  { key: 'moveDown', step: 1, arrow: '↓' },
] as const;

/** Move up / move down / remove buttons for one row of an editable list. */
export function RowActions({ index, count, onMove, onRemove, disabled, itemLabel }: RowActionsProps) {
  const t = useTranslations('inspector.common');
  const name = (text: string) => (itemLabel ? `${text}: ${itemLabel}` : text);
  return (
    <div className="flex shrink-0 items-center gap-0.5">
      {onMove
        ? MOVES.map(({ key, step, arrow }) => (
            <Button
              key={key}
              variant="ghost"
              size="sm"
              className="!px-2"
              aria-label={name(t(key))}
              title={t(key)}
              disabled={disabled || index + step < 0 || index + step >= count}
              onClick={() => onMove(index, index + step)}
            >
              {arrow}
            </Button>
          ))
        : null}
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
