'use client';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  testId?: string;
  onSelect: () => void;
}

/**
 * A button opening a small menu (role="menu"): arrow keys move between items, Escape closes and
 * returns focus to the button, leaving the menu (blur) closes it. `placement: 'up'` opens above
 * (for the composer at the bottom of the panel).
 */
export function MenuButton(props: {
  label: string;
  testId: string;
  items: MenuItem[];
  disabled?: boolean;
  placement?: 'up' | 'down';
  align?: 'left' | 'right';
  className?: string;
}) {
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
  const onKeyDown = (event: KeyboardEvent) => {
    const current = items().indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(current + 1);
    else if (event.key === 'ArrowUp') focusItem(current - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const position = `${props.placement === 'up' ? 'bottom-full mb-1' : 'top-full mt-1'} ${props.align === 'right' ? 'right-0' : 'left-0'}`;

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        data-testid={props.testId}
        disabled={props.disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((value) => !value);
          requestAnimationFrame(() => focusItem(0));
        }}
        className={
          props.className ??
          'inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50'
        }
      >
        {props.label} ▾
      </button>
      {open && !props.disabled ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={props.label}
          onKeyDown={onKeyDown}
          className={`absolute z-30 w-56 rounded-lg border border-slate-200 bg-white py-1 shadow-lg ${position}`}
        >
          {props.items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              data-testid={item.testId}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
              className="block w-full px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none"
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
