import { getTranslations } from 'next-intl/server';
import { MessageLogView } from '@/components/channels/log/message-log-view';

export async function generateMetadata() {
  const t = await getTranslations('channelLog');
  return { title: t('pageTitle') };
}

export default async function ChannelLogPage({
  params,
}: {
  params: Promise<{ accountId: string; channelId: string }>;
}) {
  const { accountId, channelId } = await params;
  return <MessageLogView accountId={accountId} channelId={channelId} />;
}
