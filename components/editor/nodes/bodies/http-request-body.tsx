'use client';
import { useTranslations } from 'next-intl';
import { type NodeBodyProps } from './node-body-props';

/** `https://api.example.com/v1/x?y` → "api.example.com/v1/x"; templated or odd urls as typed. */
function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}

export function HttpRequestBody({ node }: NodeBodyProps<'http-request'>) {
  const t = useTranslations('editorNodes');
  const { method, url, responseMappings } = node.data;
  return (
    <div className="space-y-1">
      <p className="flex min-w-0 items-center gap-1.5">
        <span className="shrink-0 rounded bg-indigo-100 px-1 font-mono text-[10px] font-bold text-indigo-800">
          {method}
        </span>
        {url.trim() ? (
          <span className="truncate font-mono text-[11px]" title={url}>
            {shortUrl(url.trim())}
          </span>
        ) : (
          <span className="text-slate-400 italic">{t('describe.noUrl')}</span>
        )}
      </p>
      {responseMappings.length > 0 ? (
        <p className="text-[11px] text-slate-500">{t('mappings', { count: responseMappings.length })}</p>
      ) : null}
    </div>
  );
}
