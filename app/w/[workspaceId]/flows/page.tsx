import { getTranslations } from 'next-intl/server';
import { FlowsView } from '@/components/flows/flows-view';

export async function generateMetadata() {
  const t = await getTranslations('flows');
  return { title: t('title') };
}

export default function FlowsPage() {
  return <FlowsView />;
}
