'use client';
import type { SimulationAction } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { ChatTranscript } from './chat-transcript';
import { ClockBar } from './clock-bar';
import { RestartControl } from './restart-control';
import { SimComposer } from './sim-composer';
import { SimulationNotice } from './simulation-notice';

/** The Chat tab: clock, restart, the simulated conversation, what blocks it, and the composer. */
export function ChatTab(props: {
  simulation: Simulation;
  pending: boolean;
  error: unknown;
  /** `error` in the user's language, for open dialogs. */
  errorText: string | null;
  onAct: (action: SimulationAction) => Promise<boolean>;
  onClearError: () => void;
  onFocusNode: (nodeId: string) => void;
  onShowProblems?: () => void;
}) {
  const { simulation, pending, onAct } = props;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ClockBar
        simulation={simulation}
        pending={pending}
        error={props.errorText}
        onAct={onAct}
        onFocusNode={props.onFocusNode}
        onClearError={props.onClearError}
      />
      <RestartControl pending={pending} onAct={onAct} />
      <ChatTranscript
        simulation={simulation}
        busy={pending}
        onFocusNode={props.onFocusNode}
        onMenuOption={(option) =>
          void onAct({ type: 'event', event: { type: 'text', text: option.label, menuId: option.id } })
        }
      />
      <SimulationNotice
        error={props.error}
        onShowProblems={props.onShowProblems}
        onDismiss={props.onClearError}
      />
      <SimComposer
        pending={pending}
        inHandoff={simulation.conversation?.status === 'handoff'}
        error={props.errorText}
        onAct={onAct}
        onClearError={props.onClearError}
      />
    </div>
  );
}
