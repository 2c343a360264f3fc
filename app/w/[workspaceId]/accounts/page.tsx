import { getTranslations } from 'next-intl/server';
import { AccountsView } from '@/components/accounts/accounts-view';

export async function generateMetadata() {
  const t = await getTranslations('accounts');
  return { title: t('title') };
}

export default function AccountsPage() {
  return <AccountsView />;
}
