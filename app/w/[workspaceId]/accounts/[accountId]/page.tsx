import { getTranslations } from 'next-intl/server';
import { AccountDetailsView } from '@/components/accounts/account-details-view';
import { getServices } from '@/server/services';

export async function generateMetadata() {
  const t = await getTranslations('channels');
  return { title: t('title') };
}

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const { publicUrl } = (await getServices()).config;
  return (
    <AccountDetailsView accountId={accountId} publicOrigin={publicUrl ? new URL(publicUrl).origin : null} />
  );
}
