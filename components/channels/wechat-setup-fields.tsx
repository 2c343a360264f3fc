'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DEFAULT_API_BASE, WECHAT_MODES, type WeChatMode } from '@/core/channels/wechat-setup-schema';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { AesKeyField } from './aes-key-field';
import type { WeChatConfig } from './wechat-config';
import type {
  WeChatChannelType,
  WeChatDraft,
  WeChatDraftField,
  WeChatFieldErrors,
} from './wechat-setup-draft';

export interface WeChatSetupFieldsProps {
  type: WeChatChannelType;
  draft: WeChatDraft;
  onChange: (patch: Partial<WeChatDraft>) => void;
  errors: WeChatFieldErrors;
  /** The stored settings when editing: empty secret fields then keep the current values. */
  current?: WeChatConfig;
}

/** The fields that connect an Official Account or a WeCom app, shared by the create and edit dialogs. */
export function WeChatSetupFields({ type, draft, onChange, errors, current }: WeChatSetupFieldsProps) {
  const t = useTranslations('channels.wechat');
  const tError = useTranslations('channels.wechatErrors');
  const errorOf = (field: WeChatDraftField) => {
    const code = errors[field];
    if (!code) return null;
    return tError.has(code) ? tError(code) : tError('unknown');
  };
  const text = (field: WeChatDraftField) => ({
    value: draft[field],
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }),
    error: errorOf(field),
    spellCheck: false,
    autoComplete: 'off',
  });
  // Open from the start when a relay is configured; afterwards the user decides.
  const [advancedOpen] = useState(draft.apiBase !== '');
  const editing = current !== undefined;
  const keepHint = (hint: string | undefined) => (hint ? t('keepHinted', { hint }) : t('keepCurrent'));
  const secretHint = editing
    ? current.hasAppSecret
      ? keepHint(current.appSecretHint)
      : t('secretNotSet')
    : t(type === 'wechat_mp' ? 'appSecretHint' : 'wecomSecretHint');

  return (
    <div className="flex flex-col gap-4">
      {type === 'wechat_mp' ? (
        <TextField
          label={t('appId')}
          placeholder="wx…"
          maxLength={18}
          hint={t('appIdHint')}
          {...text('appId')}
        />
      ) : (
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <TextField
            label={t('corpId')}
            placeholder="ww…"
            maxLength={18}
            hint={t('corpIdHint')}
            {...text('corpId')}
          />
          <TextField label={t('agentId')} inputMode="numeric" maxLength={12} {...text('agentId')} />
        </div>
      )}
      <TextField
        label={type === 'wechat_mp' ? t('appSecret') : t('wecomSecret')}
        type="password"
        maxLength={128}
        hint={secretHint}
        {...text('secret')}
        autoComplete="new-password"
      />
      <TextField
        label={t('token')}
        maxLength={32}
        hint={editing ? t('keepCurrent') : t('tokenHint')}
        {...text('token')}
      />
      <AesKeyField
        value={draft.encodingAesKey}
        onChange={(encodingAesKey) => onChange({ encodingAesKey })}
        error={errorOf('encodingAesKey')}
        hint={editing && current.aesKeyHint ? keepHint(current.aesKeyHint) : t('aesKeyHint')}
      />
      {type === 'wechat_mp' ? (
        <SelectField
          label={t('mode')}
          value={draft.mode}
          onChange={(e) => onChange({ mode: WECHAT_MODES.find((m) => m === e.target.value) ?? 'safe' })}
          options={WECHAT_MODES.map((mode: WeChatMode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          hint={t(`modeHints.${draft.mode}`)}
        />
      ) : null}
      <details className="rounded-md border border-slate-200 px-3 py-2" open={advancedOpen}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{t('advanced')}</summary>
        <TextField
          className="mt-3"
          label={t('apiBase')}
          type="url"
          inputMode="url"
          placeholder={DEFAULT_API_BASE[type]}
          maxLength={500}
          hint={t('apiBaseHint')}
          {...text('apiBase')}
        />
      </details>
    </div>
  );
}
