import { getTranslations } from 'next-intl/server';
import { MembersView } from '@/components/members/members-view';

export async function generateMetadata() {
  const t = await getTranslations('members');
  return { title: t('title') };
}

export default function MembersPage() {
  return <MembersView />;
}
