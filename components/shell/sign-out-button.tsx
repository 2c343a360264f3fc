'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authClient } from '@/components/lib/auth-client';
import { Button } from '@/components/ui/button';

/** Ends the session, forgets cached data and goes to `redirectTo` (sign-in by default). */
export function SignOutButton({
  className = '',
  redirectTo = '/sign-in',
}: {
  className?: string;
  redirectTo?: string;
}) {
  const t = useTranslations('shell');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    await authClient.signOut();
    queryClient.clear();
    router.replace(redirectTo);
    router.refresh();
  };

  return (
    <Button variant="ghost" size="sm" className={className} disabled={busy} onClick={() => void signOut()}>
      {t('signOut')}
    </Button>
  );
}
