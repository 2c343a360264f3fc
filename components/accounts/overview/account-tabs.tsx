'use client';
import { useTranslations } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { accountTabs, parseAccountTab, tabAfterKey, type AccountTab } from './account-tab';

/**
 * The account page's tab strip (WAI-ARIA tabs, automatic activation: arrows, Home and End move
 * and select). The selected tab lives in the URL (`?tab=`), so links and reloads keep it; only the
 * selected panel is rendered.
 */
export function AccountTabs({ panels }: { panels: Record<AccountTab, ReactNode> }) {
  const t = useTranslations('accountOverview.tabs');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const selected = parseAccountTab(searchParams.get('tab'));
  const baseId = useId();
  const refs = useRef(new Map<AccountTab, HTMLButtonElement>());

  const select = (tab: AccountTab) => {
    const params = new URLSearchParams(searchParams.toString());
    if (tab === 'overview') params.delete('tab');
    else params.set('tab', tab);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(selected, event.key);
    if (!next) return;
    event.preventDefault();
    select(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div>
      <div
        role="tablist"
        aria-label={t('label')}
        onKeyDown={onKeyDown}
        className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200"
      >
        {accountTabs.map((tab) => {
          const active = tab === selected;
          return (
            <button
              key={tab}
              ref={(el) => {
                if (el) refs.current.set(tab, el);
                else refs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab}`}
              aria-selected={active}
              aria-controls={active ? `${baseId}-panel` : undefined}
              tabIndex={active ? 0 : -1}
              onClick={() => select(tab)}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-brand-600 ${
                active
                  ? 'border-brand-600 text-brand-700'
                  : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
              }`}
            >
              {t(tab)}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${selected}`} tabIndex={0}>
        {panels[selected]}
      </div>
    </div>
  );
}
