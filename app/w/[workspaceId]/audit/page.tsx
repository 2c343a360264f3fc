import { getTranslations } from 'next-intl/server';
import { AuditView } from '@/components/audit/audit-view';

export async function generateMetadata() {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

export default function AuditPage() {
  return <AuditView />;
}
