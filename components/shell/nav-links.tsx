'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useWorkspace } from './workspace-context';

const sections = ['flows', 'accounts', 'members', 'audit'] as const;
type Section = (typeof sections)[number];
/** Sections only owners see (the server refuses the others too). */
const ownerOnly = new Set<Section>(['audit']);
// Outline icons (24×24 paths): a branching flow, a chat bubble, two people, a list on a clipboard.
const icons: Record<Section, string> = {
  flows:
    'M6 3v6m0 0a3 3 0 1 0 0 6m0-6a3 3 0 1 1 0 6m0 0v6M18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 0c0 3-3 3-6 3m-6 0h6',
  accounts: 'M4 5h16v11H8l-4 4V5zm4 5h8',
  members:
    'M16 19v-1a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v1M9 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm13 9v-1a4 4 0 0 0-3-3.9M16 4.1a3 3 0 0 1 0 5.8',
  audit: 'M9 4h6v3H9zM9 5H6a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1h-3M9 12h6m-6 4h4',
};

/** The workspace sections; the current one is marked with aria-current. */
export function NavLinks({ workspaceId, onNavigate }: { workspaceId: string; onNavigate?: () => void }) {
  const t = useTranslations('shell');
  const tAudit = useTranslations('audit');
  const { isOwner } = useWorkspace();
  const pathname = usePathname();
  const label = (section: Section) => (section === 'audit' ? tAudit('nav') : t(section));
  return (
    <nav aria-label={t('mainNav')} className="flex flex-col gap-1">
      {sections
        .filter((section) => isOwner || !ownerOnly.has(section))
        .map((section) => {
          const href = `/w/${workspaceId}/${section}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <Link
              key={section}
              href={href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors ${
                active
                  ? 'bg-brand-50 text-brand-700'
                  : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
              }`}
            >
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
                className="h-4 w-4 shrink-0"
              >
                <path d={icons[section]} />
              </svg>
              {label(section)}
            </Link>
          );
        })}
    </nav>
  );
}
