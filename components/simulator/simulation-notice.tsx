'use client';
import { useTranslations } from 'next-intl';
import { useEditorStore } from '@/components/editor/store/editor-store-context';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { readSimulationError } from './read-simulation-error';

/**
 * What stops the simulator, above the composer: the flow's errors (from the editor, before anything
 * is sent, or from the server's FLOW_HAS_ERRORS) with a way to open the problems, else the last
 * failed action in plain words.
 */
export function SimulationNotice(props: {
  error: unknown;
  onShowProblems?: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations('simulator.notice');
  const errorMessage = useErrorMessage();
  const localErrors = useEditorStore((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  const failure = props.error ? readSimulationError(props.error) : null;
  const count = failure?.kind === 'flow-errors' ? Math.max(failure.count, localErrors) : localErrors;

  if (count > 0 || failure?.kind === 'flow-errors')
    return (
      <div
        role="alert"
        data-testid="sim-flow-errors"
        className="flex items-center gap-2 border-t border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      >
        <span className="flex-1">{t('flowErrors', { count })}</span>
        {props.onShowProblems ? (
          <button
            type="button"
            onClick={props.onShowProblems}
            className="shrink-0 font-medium underline hover:no-underline"
          >
            {t('showProblems')}
          </button>
        ) : null}
      </div>
    );
  if (!props.error) return null;
  return (
    <div
      role="alert"
      data-testid="sim-error"
      className="flex items-start gap-2 border-t border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      <span className="flex-1">{errorMessage(props.error)}</span>
      <button
        type="button"
        aria-label={t('dismiss')}
        onClick={props.onDismiss}
        className="shrink-0 px-1 hover:bg-red-100"
      >
        ×
      </button>
    </div>
  );
}
