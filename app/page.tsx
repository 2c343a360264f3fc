import { redirect } from 'next/navigation';
import { getServerContext } from '@/server/api/server-context';

/** Sends everyone where they belong: first-run setup, sign-in, onboarding or their workspace. */
export default async function Home() {
  const { user, api } = await getServerContext();
  if (!user) {
    const { needsSetup } = await api.setup.status();
    redirect(needsSetup ? '/setup' : '/sign-in');
  }
  const me = await api.me.get();
  const first = me.workspaces[0];
  redirect(first ? `/w/${first.id}/flows` : '/onboarding');
}
