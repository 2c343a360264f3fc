'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { DialogForm } from '@/components/ui/dialog-form';
import { FormDialog } from '@/components/ui/form-dialog';
import { clearFieldErrors } from './clear-field-errors';
import type { WeChatConfig } from './wechat-config';
import { wechatServerErrors } from './wechat-server-errors';
import { newWeChatDraft, type WeChatChannelType, type WeChatFieldErrors } from './wechat-setup-draft';
import { WeChatSetupFields } from './wechat-setup-fields';
import { wechatUpdateInput } from './wechat-update-input';

export interface EditWeChatDialogProps {
  open: boolean;
  channelId: string;
  type: WeChatChannelType;
  current: WeChatConfig;
  onClose: () => void;
  /** After a save; `reverify` when WeChat must check the callback URL again (token, key or id changed). */
  onSaved: (reverify: boolean) => void;
}

/** Owners change an Official Account's / WeCom app's settings; empty secret fields keep the stored ones. */
export function EditWeChatDialog(props: EditWeChatDialogProps) {
  const t = useTranslations('channels.wechat');
  return <FormDialog title={t('editTitle')} form={EditWeChatForm} props={props} />;
}

function EditWeChatForm({ channelId, type, current, onClose, onSaved }: EditWeChatDialogProps) {
  const t = useTranslations('channels.wechat');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState(() => newWeChatDraft(current));
  const [errors, setErrors] = useState<WeChatFieldErrors>({});
  const save = useMutation(
    trpc.channel.updateWeChat.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.channel.list.queryKey() });
        onSaved(result.reverify);
      },
      onError: (error) => setErrors(wechatServerErrors(error)),
    }),
  );

  const submit = () => {
    const change = wechatUpdateInput({ type, draft, current });
    setErrors(change.ok ? {} : change.errors);
    if (!change.ok) return;
    if (Object.keys(change.value).length === 0) return onClose();
    save.mutate({ workspaceId, channelId, settings: change.value });
  };

  return (
    <DialogForm
      onSubmit={submit}
      error={save.error ? errorMessage(save.error) : null}
      pending={save.isPending}
      submitLabel={save.isPending ? t('saving') : t('save')}
      onCancel={onClose}
    >
      <p className="text-sm text-slate-600">{t('editIntro')}</p>
      <WeChatSetupFields
        type={type}
        draft={draft}
        current={current}
        errors={errors}
        onChange={(patch) => {
          setDraft((d) => ({ ...d, ...patch }));
          setErrors((e) => clearFieldErrors(e, patch));
        }}
      />
    </DialogForm>
  );
}
