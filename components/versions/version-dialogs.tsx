'use client';
import { DeployDialog } from './deploy-dialog';
import { RestoreDialog } from './restore-dialog';
import { UnpublishDialog } from './unpublish-dialog';
import { type VersionRowData } from './version-row-data';
import { type LiveVersion } from './live-by-account';

export type VersionAction = { kind: 'deploy' | 'restore' | 'unpublish'; version: VersionRowData };

/** The open row action's dialog (each mounts fresh when opened). */
export function VersionDialogs({
  flowId,
  revision,
  action,
  running,
  newestLive,
  onClose,
  onDone,
}: {
  flowId: string;
  revision: number;
  action: VersionAction | null;
  running: ReadonlyMap<string, LiveVersion>;
  newestLive: number | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  if (!action) return null;
  const number = action.version.number;
  switch (action.kind) {
    case 'deploy':
      return (
        <DeployDialog
          flowId={flowId}
          number={number}
          running={running}
          newestLive={newestLive}
          onClose={onClose}
          onDone={onDone}
        />
      );
    case 'restore':
      return (
        <RestoreDialog
          flowId={flowId}
          number={number}
          revision={revision}
          onClose={onClose}
          onDone={onDone}
        />
      );
    case 'unpublish':
      return (
        <UnpublishDialog
          flowId={flowId}
          number={number}
          liveOn={action.version.liveOn}
          onClose={onClose}
          onDone={onDone}
        />
      );
  }
}
