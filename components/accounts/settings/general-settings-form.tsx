'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import type { AccountSettingsRow } from './account-settings-row';
import { SaveRow } from './save-row';
import { zodIssuesOf, type InputIssue } from './zod-issues-of';

/** `account.update`'s bounds for sessionTimeoutMinutes (server/api/routers/account.ts). */
const TIMEOUT_MIN = 1;
const TIMEOUT_MAX = 60 * 24 * 30;

type Field = 'sessionTimeoutMinutes' | 'timezone' | 'defaultLocale' | 'avatarUrl';

/** What `account.update` accepts as an avatar: empty (none) or an http(s) URL. */
function isAvatarUrl(text: string): boolean {
  if (text === '') return true;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * Session timeout, time zone, default language and avatar URL (`account.get` has it; rows without
 * it count as none). Editors and owners save them with `account.update`
 * (only the fields that changed); viewers see them read-only. Typed values survive a failed save, and
 * the server's validation issues appear next to their field in the user's language.
 */
export function GeneralSettingsForm({
  account,
}: {
  account: AccountSettingsRow & { avatarUrl?: string | null };
}) {
  const t = useTranslations('accountSettings');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [timeout, setTimeoutText] = useState(String(account.sessionTimeoutMinutes));
  const [timezone, setTimezone] = useState(account.timezone);
  const [locale, setLocale] = useState<Locale>(
    isLocale(account.defaultLocale) ? account.defaultLocale : 'en',
  );
  const storedAvatar = account.avatarUrl ?? '';
  const [avatar, setAvatar] = useState(storedAvatar);
  const [notANumber, setNotANumber] = useState(false);
  const [badAvatar, setBadAvatar] = useState(false);
  const zoneListId = useId();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const save = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.account.get.queryKey() }),
        ]),
    }),
  );

  const changes = {
    ...(timeout.trim() !== String(account.sessionTimeoutMinutes) && {
      sessionTimeoutMinutes: timeout.trim(),
    }),
    ...(timezone.trim() !== account.timezone && { timezone: timezone.trim() }),
    ...(locale !== account.defaultLocale && { defaultLocale: locale }),
    ...(avatar.trim() !== storedAvatar && { avatarUrl: avatar.trim() }),
  };
  const dirty = Object.keys(changes).length > 0;

  const rangeMessage = t('errors.sessionTimeoutRange', { min: TIMEOUT_MIN, max: TIMEOUT_MAX });
  const issueMessage = (issue: InputIssue): string =>
    issue.path[0] === 'timezone'
      ? t('errors.timezoneUnknown')
      : issue.path[0] === 'avatarUrl'
        ? t('errors.avatarUrlInvalid')
        : rangeMessage;
  const issues = zodIssuesOf(save.error);
  const fieldError = (field: Field): string | null => {
    const issue = issues.find((i) => i.path[0] === field);
    return issue ? issueMessage(issue) : null;
  };
  const knownFields: unknown[] = ['sessionTimeoutMinutes', 'timezone', 'defaultLocale', 'avatarUrl'];
  const formError =
    save.error && !issues.some((i) => knownFields.includes(i.path[0])) ? errorMessage(save.error) : null;

  const edited = () => {
    setNotANumber(false);
    setBadAvatar(false);
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { sessionTimeoutMinutes, ...rest } = changes;
    const minutes = sessionTimeoutMinutes === undefined ? undefined : Number(sessionTimeoutMinutes);
    if (minutes !== undefined && (sessionTimeoutMinutes === '' || !Number.isFinite(minutes))) {
      setNotANumber(true);
      return;
    }
    if (rest.avatarUrl !== undefined && !isAvatarUrl(rest.avatarUrl)) {
      setBadAvatar(true);
      return;
    }
    save.mutate({ workspaceId, accountId: account.id, ...rest, sessionTimeoutMinutes: minutes });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          className="sm:col-span-2"
          label={t('sessionTimeout')}
          hint={t('sessionTimeoutHint', { min: TIMEOUT_MIN, max: TIMEOUT_MAX })}
          type="number"
          inputMode="numeric"
          min={TIMEOUT_MIN}
          max={TIMEOUT_MAX}
          step={1}
          value={timeout}
          onChange={(e) => {
            setTimeoutText(e.target.value);
            edited();
          }}
          error={notANumber ? rangeMessage : fieldError('sessionTimeoutMinutes')}
          readOnly={!canEdit}
        />
        <TextField
          label={t('timezone')}
          hint={t('timezoneHint')}
          value={timezone}
          onChange={(e) => {
            setTimezone(e.target.value);
            edited();
          }}
          error={fieldError('timezone')}
          list={canEdit ? zoneListId : undefined}
          autoComplete="off"
          readOnly={!canEdit}
        />
        <SelectField
          label={t('defaultLocale')}
          hint={t('defaultLocaleHint')}
          value={locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLocale(e.target.value);
            edited();
          }}
          options={locales.map((value) => ({ value, label: t(`localeNames.${value}`) }))}
          disabled={!canEdit}
        />
        <TextField
          className="sm:col-span-2"
          label={t('avatarUrl')}
          hint={t('avatarUrlHint')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={avatar}
          onChange={(e) => {
            setAvatar(e.target.value);
            edited();
          }}
          error={badAvatar ? t('errors.avatarUrlInvalid') : fieldError('avatarUrl')}
          autoComplete="off"
          readOnly={!canEdit}
        />
      </div>
      {canEdit ? (
        <>
          <datalist id={zoneListId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <SaveRow dirty={dirty} pending={save.isPending} saved={save.isSuccess && !dirty} />
        </>
      ) : (
        <p className="text-sm text-slate-500">{t('editorsOnly')}</p>
      )}
    </form>
  );
}
