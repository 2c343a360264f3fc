'use client';
import { useTranslations } from 'next-intl';

export interface EnabledSwitchProps {
  enabled: boolean;
  /** Viewers see the state without a control. */
  canEdit: boolean;
  pending: boolean;
  onChange: (enabled: boolean) => void;
}

/** The channel's on/off state: a switch for editors, a status pill for viewers. */
export function EnabledSwitch({ enabled, canEdit, pending, onChange }: EnabledSwitchProps) {
  const t = useTranslations('channels');
  if (!canEdit) {
    return (
      <span
        className={`rounded-full px-2 py-0.5 text-xs font-medium ${
          enabled ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-600'
        }`}
      >
        {enabled ? t('enabled') : t('disabled')}
      </span>
    );
  }
  return (
    <button
      type="button"
      role="switch"
      aria-checked={enabled}
      disabled={pending}
      onClick={() => onChange(!enabled)}
      className="inline-flex items-center gap-2 rounded-md px-1 py-1 text-sm text-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-50"
    >
      <span
        aria-hidden
        className={`relative inline-flex h-5 w-9 shrink-0 rounded-full transition-colors ${
          enabled ? 'bg-brand-600' : 'bg-slate-300'
        }`}
      >
        <span
          className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform ${
            enabled ? 'translate-x-4.5' : 'translate-x-0.5'
          }`}
        />
      </span>
      {t('switchLabel')}
    </button>
  );
}
