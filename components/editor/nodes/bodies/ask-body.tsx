'use client';
import { useTranslations } from 'next-intl';
import { describeMessage } from '../describe/describe-message';
import { formatDuration } from '../describe/format-duration';
import { Chip } from './chip';
import { type NodeBodyProps } from './node-body-props';

const OPTIONS_SHOWN = 4;

export function AskBody({ node }: NodeBodyProps<'ask'>) {
  const t = useTranslations();
  const { prompt, variable, validation, timeoutSeconds } = node.data;
  const options = validation.kind === 'choice' ? validation.options : [];
  return (
    <div className="space-y-1.5">
      <p className="line-clamp-2 break-words">
        {prompt[0] ? describeMessage(prompt[0], t) : t('editorNodes.describe.noMessages')}
      </p>
      <p className="flex items-center gap-1.5 text-[11px]">
        {variable ? (
          <code className="truncate rounded bg-teal-50 px-1 font-mono text-teal-800">{`→ {{${variable}}}`}</code>
        ) : (
          <span className="text-slate-400 italic">{t('editorNodes.noVariable')}</span>
        )}
        <span className="shrink-0 text-slate-500">{t(`inspector.validation.kinds.${validation.kind}`)}</span>
      </p>
      {options.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {options.slice(0, OPTIONS_SHOWN).map((option, index) => (
            <Chip key={`${index}-${option.value}`} tone="option">
              {option.label || option.value}
            </Chip>
          ))}
          {options.length > OPTIONS_SHOWN ? (
            <Chip tone="muted">{t('editorNodes.more', { count: options.length - OPTIONS_SHOWN })}</Chip>
          ) : null}
        </div>
      ) : null}
      {timeoutSeconds !== null ? (
        <p className="text-[11px] text-slate-500">
          {t('editorNodes.timeout', { duration: formatDuration(timeoutSeconds, t) })}
        </p>
      ) : null}
    </div>
  );
}
