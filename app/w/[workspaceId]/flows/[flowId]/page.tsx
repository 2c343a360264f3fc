import { getTranslations } from 'next-intl/server';
import { FlowEditorView } from '@/components/editor/flow-editor-view';

export async function generateMetadata() {
  const t = await getTranslations('editor');
  return { title: t('title') };
}

export default async function FlowEditorPage({ params }: { params: Promise<{ flowId: string }> }) {
  const { flowId } = await params;
  return <FlowEditorView flowId={flowId} />;
}
