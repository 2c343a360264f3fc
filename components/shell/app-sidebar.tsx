'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Role } from '@/server/db/schema';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';
import { WorkspaceSwitcher } from './workspace-switcher';

export interface AppSidebarProps {
  workspace: { id: string; name: string; role: Role };
  workspaces: { id: string; name: string; role: Role }[];
  user: { name: string; email: string };
}

/** The workspace navigation: a fixed column on wide screens, a toggled drawer on small ones. */
export function AppSidebar({ workspace, workspaces, user }: AppSidebarProps) {
  const t = useTranslations('shell');
  const tRoles = useTranslations('roles');
  const [open, setOpen] = useState(false);

  return (
    <>
      <div className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2 md:hidden">
        <span className="truncate text-sm font-semibold">{workspace.name}</span>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          className="rounded-md px-2 py-1 text-sm text-slate-700 ring-1 ring-slate-300"
        >
          {open ? t('closeMenu') : t('openMenu')}
        </button>
      </div>
      <aside
        aria-label={t('sidebar')}
        className={`${open ? 'flex' : 'hidden'} w-full shrink-0 flex-col gap-6 border-r border-slate-200 bg-white p-4 md:flex md:h-full md:w-64`}
      >
        <div className="hidden items-center gap-2 px-1 text-sm font-semibold text-slate-900 md:flex">
          <span className="inline-flex h-6 w-6 items-center justify-center rounded-md bg-brand-600 text-xs text-white">
            R
          </span>
          ReplyFlow
        </div>
        <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
        <NavLinks workspaceId={workspace.id} onNavigate={() => setOpen(false)} />
        <div className="mt-auto flex flex-col gap-3 border-t border-slate-100 pt-4">
          <div className="px-1">
            <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
            <p className="truncate text-xs text-slate-500">{user.email}</p>
            <p className="mt-1">
              <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                {t('yourRole', { role: tRoles(workspace.role) })}
              </span>
            </p>
          </div>
          <div className="flex items-center justify-between gap-2">
            <LanguageSwitch signedIn />
            <SignOutButton />
          </div>
        </div>
      </aside>
    </>
  );
}
