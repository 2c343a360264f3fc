'use client';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Joins the workspace of an invite as the signed-in user, then opens it. */
export function AcceptInviteButton({ token }: { token: string }) {
  const t = useTranslations('invite');
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const accept = useMutation(
    trpc.invite.accept.mutationOptions({
      onSuccess: ({ workspaceId }) => {
        router.replace(`/w/${workspaceId}/flows`);
        router.refresh();
      },
    }),
  );
  const pending = accept.isPending || accept.isSuccess;
  return (
    <div className="flex flex-col gap-3">
      {accept.error ? <Alert>{errorMessage(accept.error)}</Alert> : null}
      <Button onClick={() => accept.mutate({ token })} disabled={pending}>
        {pending ? t('joining') : t('accept')}
      </Button>
    </div>
  );
}
