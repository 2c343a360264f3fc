'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** The state of a `NameField`: the typed name and the "name required" error. */
export function useRequiredName(initial = '') {
  const t = useTranslations('common');
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  /** Shows or clears the error; returns the trimmed name, or null when it is blank. */
  const check = () => {
    const name = value.trim();
    setError(name ? null : t('nameRequired'));
    return name || null;
  };
  return { value, setValue, error, check };
}
