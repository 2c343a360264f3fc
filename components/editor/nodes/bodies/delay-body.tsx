'use client';
import { useTranslations } from 'next-intl';
import { describeTimeWindow } from '../describe/describe-time-window';
import { formatDuration } from '../describe/format-duration';
import { type NodeBodyProps } from './node-body-props';

export function DelayBody({ node }: NodeBodyProps<'delay'>) {
  const t = useTranslations();
  const { seconds, allowedWindow } = node.data;
  return (
    <div className="space-y-0.5">
      <p className="text-sm font-medium">{formatDuration(seconds, t)}</p>
      {allowedWindow ? (
        <p className="truncate text-[11px] text-slate-500">
          {t('editorNodes.onlyWithin', { window: describeTimeWindow(allowedWindow, t) })}
        </p>
      ) : null}
    </div>
  );
}
