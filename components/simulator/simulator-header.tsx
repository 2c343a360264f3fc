'use client';
import { useTranslations } from 'next-intl';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { ExportMenu } from './export-menu';

const chip =
  'h-7 rounded-md px-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

/** The panel's title bar: "Test mode", the imitated channel, contact, reset, export and close. */
export function SimulatorHeader(props: {
  simulation: Simulation | null;
  flowName: string;
  pending: boolean;
  onContact: () => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const t = useTranslations('simulator');
  const channel = props.simulation?.setup.channel;
  return (
    <header className="flex flex-wrap items-center gap-1.5 border-b border-slate-200 px-3 py-2">
      <h2 className="text-sm font-semibold text-slate-900">{t('title')}</h2>
      {channel ? (
        <span
          data-testid="sim-channel"
          data-channel={channel}
          className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800"
        >
          {t(`reset.channels.${channel}`)}
        </span>
      ) : null}
      <span className="flex-1" />
      <button
        type="button"
        data-testid="sim-contact"
        className={chip}
        disabled={!props.simulation || props.pending}
        onClick={props.onContact}
      >
        {t('contactButton')}
      </button>
      <button
        type="button"
        data-testid="sim-reset"
        className={chip}
        disabled={props.pending}
        onClick={props.onReset}
      >
        {t('resetButton')}
      </button>
      <ExportMenu simulation={props.simulation} flowName={props.flowName} />
      <button
        type="button"
        data-testid="sim-close"
        aria-label={t('close')}
        title={t('close')}
        onClick={props.onClose}
        className="h-7 w-7 rounded-md text-slate-500 hover:bg-slate-100"
      >
        ×
      </button>
    </header>
  );
}
