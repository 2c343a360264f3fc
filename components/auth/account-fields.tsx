'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { MIN_PASSWORD_LENGTH, type SignUpErrors, type SignUpValues } from './use-sign-up';

/** Name, email and new password: the fields shared by sign-up and first-run setup. */
export function AccountFields({
  values,
  errors,
  onChange,
}: {
  values: SignUpValues;
  errors: SignUpErrors;
  onChange: (values: SignUpValues) => void;
}) {
  const t = useTranslations('auth');
  return (
    <>
      <TextField
        label={t('name')}
        name="name"
        autoComplete="name"
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        error={errors.name}
        required
      />
      <TextField
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(e) => onChange({ ...values, email: e.target.value })}
        error={errors.email}
        required
      />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(e) => onChange({ ...values, password: e.target.value })}
        error={errors.password}
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
        required
      />
    </>
  );
}
