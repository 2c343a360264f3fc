'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/components/lib/trpc';
import { RelativeTime } from '@/components/ui/relative-time';

/** Pushes of types the engine does not handle (a card event, a subscription change): kept for reference. */
export function UnhandledSection({ workspaceId, channelId }: { workspaceId: string; channelId: string }) {
  const t = useTranslations('channelLog');
  const trpc = useTRPC();
  const query = useQuery(
    trpc.delivery.unhandled.queryOptions({ workspaceId, channelId }, { refetchInterval: 30_000 }),
  );
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="unhandled-heading"
      className="flex flex-col gap-2"
      data-testid="unhandled-pushes"
    >
      <div>
        <h2 id="unhandled-heading" className="text-base font-semibold text-slate-900">
          {t('unhandledTitle')}
        </h2>
        <p className="text-sm text-slate-500">{t('unhandledHint')}</p>
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2">
            <span className="text-slate-500">
              <RelativeTime date={item.createdAt} />
            </span>
            <code className="font-mono text-xs text-slate-800">
              {[item.detail.MsgType, item.detail.Event].filter(Boolean).join(' / ') || '—'}
            </code>
            {item.detail.FromUserName ? (
              <span className="truncate text-xs text-slate-500">
                {t('unhandledFrom', { user: item.detail.FromUserName })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
