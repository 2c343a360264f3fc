'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { type NodeOfType } from '@/core';
import { useEditorStore } from '../store/editor-store-context';
import { collectVariableNames } from './collect-variable-names';
import { InspectorSection } from './inspector-section';
import { KeyValueRows } from './key-value-rows';

/** The response preview shown in the panel is cut here (the server already caps it at 64 KiB). */
const PREVIEW_CHARS = 4000;

/**
 * "Test request": sends the node's request once through the server (same SSRF guard as the
 * runtime, optionally with an account's allowlist) with sample values for its templates.
 */
export function HttpTestPanel({ node, readOnly }: { node: NodeOfType<'http-request'>; readOnly: boolean }) {
  const t = useTranslations('inspector.httpTest');
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { workspaceId } = useWorkspace();
  const timezone = useEditorStore((state) => state.doc.settings.timezone);
  const [samples, setSamples] = useState(() =>
    collectVariableNames([node]).read.map((name) => ({ name, value: '' })),
  );
  const [accountId, setAccountId] = useState('');
  const accounts = useQuery(trpc.account.list.queryOptions({ workspaceId }));
  const test = useMutation(trpc.editorTools.testHttpRequest.mutationOptions());
  const result = test.data;

  const run = () => {
    const variables: Record<string, string> = {};
    for (const row of samples) if (row.name.trim() !== '') variables[row.name.trim()] = row.value;
    test.mutate({ workspaceId, request: node.data, variables, timezone, accountId: accountId || undefined });
  };

  return (
    <InspectorSection title={t('title')} hint={t('hint')}>
      <KeyValueRows
        rows={samples}
        readOnly={false}
        nameLabel={t('sampleName')}
        valueLabel={t('sampleValue')}
        addLabel={t('addSample')}
        onChange={(rows) => setSamples(rows.slice(0, 50))}
      />
      <SelectField
        label={t('account')}
        hint={t('accountHint')}
        value={accountId}
        options={[
          { value: '', label: t('noAccount') },
          ...(accounts.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
        onChange={(event) => setAccountId(event.target.value)}
      />
      <Button variant="secondary" className="w-fit" disabled={readOnly || test.isPending} onClick={run}>
        {test.isPending ? t('running') : t('run')}
      </Button>
      {readOnly ? <p className="text-xs text-slate-500">{t('readOnly')}</p> : null}
      {test.isError ? (
        <p role="alert" className="text-sm text-red-600">
          {errorMessage(test.error)}
        </p>
      ) : null}
      {result ? (
        <div role="status" aria-label={t('result')} className="flex flex-col gap-2 text-sm">
          <p className={result.error || result.status >= 400 ? 'text-red-700' : 'text-emerald-700'}>
            {result.error
              ? t('failed', { durationMs: result.durationMs })
              : t('status', { status: result.status, durationMs: result.durationMs })}
          </p>
          {result.url ? <p className="font-mono text-xs break-all text-slate-500">{result.url}</p> : null}
          {result.error ? <p className="text-red-600">{result.error}</p> : null}
          {result.body !== null ? (
            <pre
              aria-label={t('response')}
              className="max-h-64 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100"
            >
              {result.body.length > PREVIEW_CHARS ? `${result.body.slice(0, PREVIEW_CHARS)}\n…` : result.body}
            </pre>
          ) : null}
          {result.truncated || (result.body?.length ?? 0) > PREVIEW_CHARS ? (
            <p className="text-xs text-slate-500">{t('truncated')}</p>
          ) : null}
          {result.extracted.length > 0 ? (
            <table className="w-full text-xs">
              <caption className="text-left font-medium text-slate-700">{t('extracted')}</caption>
              <thead>
                <tr className="text-left text-slate-500">
                  <th className="font-normal">{t('variable')}</th>
                  <th className="font-normal">{t('path')}</th>
                  <th className="font-normal">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {result.extracted.map((entry, index) => (
                  <tr key={index} className="align-top">
                    <td className="font-mono">{entry.variable}</td>
                    <td className="font-mono">{entry.path}</td>
                    <td className="font-mono break-all">
                      {!entry.validPath
                        ? t('badPath')
                        : entry.value === null
                          ? t('nothing')
                          : String(entry.value)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {!result.error && (result.status < 200 || result.status >= 300) && result.extracted.length > 0 ? (
            <p className="text-xs text-amber-700">{t('notApplied')}</p>
          ) : null}
        </div>
      ) : null}
    </InspectorSection>
  );
}
