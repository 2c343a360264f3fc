'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SimulationStep } from '@/server/simulator/simulation-schema';
import { NodeLink } from './node-link';
import { prettyValue } from './pretty-value';

/** Characters of a body shown before "Show all". */
const BODY_PREVIEW_CHARS = 600;

type Exchange = SimulationStep['http'][number];

/** One HTTP request a step made and what came back: method, URL, headers, bodies, status, error, time. */
export function HttpExchange({
  exchange,
  onFocusNode,
}: {
  exchange: Exchange;
  onFocusNode: (nodeId: string) => void;
}) {
  const t = useTranslations('simulator.inspect.http');
  const { request, response } = exchange;
  const failed = response.status === 0 || response.status >= 400 || response.error !== null;
  const headers = Object.entries(request.headers);
  return (
    <div
      data-testid="sim-http-exchange"
      className="flex flex-col gap-1.5 rounded border border-slate-200 p-2 text-xs"
    >
      <div className="flex flex-wrap items-baseline gap-x-1.5">
        <span className="font-mono font-semibold">{request.method}</span>
        <span className="min-w-0 font-mono break-all">{request.url}</span>
      </div>
      <div className="flex flex-wrap items-baseline gap-x-1.5 text-slate-600">
        <span
          data-testid="sim-http-status"
          className={`rounded px-1 font-semibold ${failed ? 'bg-red-50 text-red-700' : 'bg-emerald-50 text-emerald-700'}`}
        >
          {response.status === 0 ? t('noResponse') : t('status', { status: response.status })}
        </span>
        <span>{t('duration', { ms: Math.round(exchange.durationMs) })}</span>
        <span>·</span>
        <NodeLink nodeId={exchange.nodeId} onFocusNode={onFocusNode} />
      </div>
      {response.error ? (
        <p className="rounded bg-red-50 px-1.5 py-1 text-red-700">{t('error', { error: response.error })}</p>
      ) : null}
      {headers.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-slate-500">
            {t('requestHeaders', { count: headers.length })}
          </summary>
          <ul className="mt-1 font-mono break-all">
            {headers.map(([name, value]) => (
              <li key={name}>
                <span className="text-slate-500">{name}:</span> {value}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Body label={t('requestBody')} text={prettyValue(request.body)} />
      <Body label={t('responseBody')} text={prettyValue(response.body)} />
    </div>
  );
}

function Body({ label, text }: { label: string; text: string }) {
  const t = useTranslations('simulator.inspect.http');
  const [all, setAll] = useState(false);
  if (text === '') return null;
  const long = text.length > BODY_PREVIEW_CHARS;
  return (
    <div>
      <div className="text-slate-500">{label}</div>
      <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-1.5 font-mono text-[11px] whitespace-pre-wrap break-all">
        {long && !all ? `${text.slice(0, BODY_PREVIEW_CHARS)}…` : text}
      </pre>
      {long ? (
        <button
          type="button"
          onClick={() => setAll(!all)}
          className="text-blue-700 underline underline-offset-2"
          data-testid="sim-http-expand"
        >
          {all ? t('showLess') : t('showAll', { count: text.length })}
        </button>
      ) : null}
    </div>
  );
}
