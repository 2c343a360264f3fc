'use client';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { type AlignMode } from '../store/editor-state';
import { ToolbarButton } from './toolbar-button';
import { ToolbarIcon, type ToolbarIconName } from './toolbar-icon';

/** Each mode with its icon and its `editorPanels.align` message key, in menu order. */
const modes: Array<{ mode: AlignMode; icon: ToolbarIconName; key: string }> = [
  { mode: 'left', icon: 'align-left', key: 'left' },
  { mode: 'center', icon: 'align-center', key: 'center' },
  { mode: 'right', icon: 'align-right', key: 'right' },
  { mode: 'top', icon: 'align-top', key: 'top' },
  { mode: 'middle', icon: 'align-middle', key: 'middle' },
  { mode: 'bottom', icon: 'align-bottom', key: 'bottom' },
  { mode: 'distribute-horizontal', icon: 'distribute-horizontal', key: 'distributeHorizontal' },
  { mode: 'distribute-vertical', icon: 'distribute-vertical', key: 'distributeVertical' },
];

/** The toolbar's align/distribute menu button. Arrow keys move between items; Escape closes. */
export function AlignMenu({ disabled, onAlign }: { disabled: boolean; onAlign: (mode: AlignMode) => void }) {
  const t = useTranslations('editorPanels');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const list = items();
    list[(index + list.length) % list.length]?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const current = items().indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(current + 1);
    else if (event.key === 'ArrowUp') focusItem(current - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') {
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <ToolbarButton
        icon="align"
        label={t('toolbar.align')}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((value) => !value);
          requestAnimationFrame(() => focusItem(0));
        }}
      />
      {open && !disabled ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('toolbar.align')}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full left-0 z-20 mt-1 w-56 rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {modes.map(({ mode, icon, key }) => (
            <button
              key={mode}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-align={mode}
              onClick={() => {
                onAlign(mode);
                setOpen(false);
              }}
              className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none"
            >
              <ToolbarIcon name={icon} />
              {t(`align.${key}`)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
