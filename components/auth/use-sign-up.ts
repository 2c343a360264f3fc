'use client';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { authClient } from '@/components/lib/auth-client';
import { isEmail } from '@/components/lib/is-email';
import { useTRPC } from '@/components/lib/trpc';
import { isLocale } from '@/i18n/locales';

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
}

export type SignUpErrors = Partial<Record<keyof SignUpValues | 'form', string>>;

export const MIN_PASSWORD_LENGTH = 8;

/**
 * Validates and creates an account (signed in on success). Errors are per field where the user can
 * fix them (a used email, a short password) and in the user's language. The language the user
 * signed up in is saved on them.
 */
export function useSignUp() {
  const t = useTranslations('auth');
  const tErrors = useTranslations('errors');
  const [errors, setErrors] = useState<SignUpErrors>({});
  const [busy, setBusy] = useState(false);
  const locale = useLocale();
  const trpc = useTRPC();
  const saveLocale = useMutation(trpc.me.setLocale.mutationOptions());

  const validate = (v: SignUpValues): SignUpErrors => {
    const found: SignUpErrors = {};
    if (!v.name.trim()) found.name = t('nameRequired');
    if (!isEmail(v.email)) found.email = t('emailInvalid');
    if (v.password.length < MIN_PASSWORD_LENGTH)
      found.password = t('passwordTooShort', { min: MIN_PASSWORD_LENGTH });
    return found;
  };

  const signUp = async (v: SignUpValues): Promise<boolean> => {
    const invalid = validate(v);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return false;
    setBusy(true);
    const { error } = await authClient.signUp.email({
      name: v.name.trim(),
      email: v.email.trim(),
      password: v.password,
    });
    if (!error) {
      // A new user starts with the server's default language: keep the one they signed up in.
      if (isLocale(locale)) await saveLocale.mutateAsync({ locale }).catch(() => undefined);
      setBusy(false);
      return true;
    }
    setBusy(false);
    const code = error.code ?? '';
    if (code.startsWith('USER_ALREADY_EXISTS')) setErrors({ email: t('emailTaken') });
    else if (code === 'PASSWORD_TOO_SHORT')
      setErrors({ password: t('passwordTooShort', { min: MIN_PASSWORD_LENGTH }) });
    else if (code === 'INVALID_EMAIL') setErrors({ email: t('emailInvalid') });
    else if (error.status === 429) setErrors({ form: t('tooManyAttempts') });
    else setErrors({ form: tErrors('UNKNOWN') });
    return false;
  };

  return { signUp, errors, busy };
}
