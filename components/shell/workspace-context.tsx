'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '@/server/db/schema';

export interface WorkspaceInfo {
  workspaceId: string;
  workspaceName: string;
  role: Role;
  /** The signed-in user's id. */
  userId: string;
}

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

/** The workspace the current page acts in and the caller's role there (resolved by the server layout). */
export function WorkspaceProvider({ value, children }: { value: WorkspaceInfo; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceInfo & { canEdit: boolean; isOwner: boolean } {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace() outside <WorkspaceProvider>');
  return { ...value, canEdit: value.role !== 'viewer', isOwner: value.role === 'owner' };
}
