import { getTranslations } from 'next-intl/server';
import { VersionHistoryView } from '@/components/versions/version-history-view';

export async function generateMetadata() {
  const t = await getTranslations('history');
  return { title: t('title') };
}

export default async function FlowHistoryPage({ params }: { params: Promise<{ flowId: string }> }) {
  const { flowId } = await params;
  return <VersionHistoryView flowId={flowId} />;
}
