'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import type { Role } from '@/server/db/schema';

export interface WorkspaceSwitcherProps {
  current: { id: string; name: string };
  workspaces: { id: string; name: string; role: Role }[];
}

/** A disclosure listing the user's workspaces, plus "create workspace"; Escape or a click outside closes it. */
export function WorkspaceSwitcher({ current, workspaces }: WorkspaceSwitcherProps) {
  const t = useTranslations('shell');
  const tRoles = useTranslations('roles');
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('switchWorkspace', { name: current.name })}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-left shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <span
          aria-hidden
          className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md bg-brand-600 text-sm font-semibold text-white"
        >
          {current.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block text-xs text-slate-500">{t('workspace')}</span>
          <span className="block truncate text-sm font-semibold text-slate-900">{current.name}</span>
        </span>
        <span aria-hidden className="text-slate-400">
          ▾
        </span>
      </button>
      {open ? (
        <div
          id={menuId}
          className="absolute inset-x-0 top-full z-30 mt-1 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          <ul aria-label={t('yourWorkspaces')} className="max-h-72 overflow-y-auto">
            {workspaces.map((w) => (
              <li key={w.id}>
                <Link
                  href={`/w/${w.id}/flows`}
                  onClick={() => setOpen(false)}
                  aria-current={w.id === current.id ? 'true' : undefined}
                  className="flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm hover:bg-slate-100"
                >
                  <span className="truncate font-medium">{w.name}</span>
                  <span className="shrink-0 text-xs text-slate-500">
                    {w.id === current.id ? '✓ ' : ''}
                    {tRoles(w.role)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-1 border-t border-slate-100 pt-1">
            <Link
              href="/onboarding"
              className="block rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-100"
            >
              + {t('createWorkspace')}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
