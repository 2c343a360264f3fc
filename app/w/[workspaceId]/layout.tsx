import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppSidebar } from '@/components/shell/app-sidebar';
import { NotMember } from '@/components/shell/not-member';
import { WorkspaceProvider } from '@/components/shell/workspace-context';
import { AppError } from '@/server/api/app-error';
import { getServerContext } from '@/server/api/server-context';

/**
 * Every workspace page: signed-out visitors go to sign-in (and come back), non-members see why they
 * cannot enter, members get the sidebar and their role (read by the pages through useWorkspace()).
 */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspaceId: string }>;
}) {
  const { workspaceId } = await params;
  const { user, api } = await getServerContext();
  if (!user) {
    // Set by proxy.ts: the exact page asked for, so sign-in comes back to it.
    const requested = (await headers()).get('x-replyflow-path') ?? `/w/${workspaceId}/flows`;
    redirect(`/sign-in?next=${encodeURIComponent(requested)}`);
  }

  const [result, me] = await Promise.all([
    api.workspace.get({ workspaceId }).then(
      (workspace) => ({ workspace, error: null }),
      (error: unknown) => ({ workspace: null, error }),
    ),
    api.me.get(),
  ]);
  const { workspace, error } = result;
  if (!workspace) {
    const cause = error instanceof TRPCError && error.cause instanceof AppError ? error.cause : error;
    if (cause instanceof AppError && cause.appCode === 'NOT_A_MEMBER')
      return <NotMember email={user.email} />;
    // A malformed id (input validation) or a vanished workspace: nothing to show here.
    if (error instanceof TRPCError && (error.code === 'BAD_REQUEST' || error.code === 'NOT_FOUND'))
      notFound();
    throw error;
  }

  return (
    <WorkspaceProvider
      value={{ workspaceId, workspaceName: workspace.name, role: workspace.role, userId: me.user.id }}
    >
      <div className="flex h-full flex-col md:flex-row">
        <AppSidebar
          workspace={{ id: workspace.id, name: workspace.name, role: workspace.role }}
          workspaces={me.workspaces}
          user={{ name: me.user.name, email: me.user.email }}
        />
        <div className="min-h-0 min-w-0 flex-1 overflow-y-auto">{children}</div>
      </div>
    </WorkspaceProvider>
  );
}
