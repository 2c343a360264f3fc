'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from '@/components/ui/alert';
import { ChatTab } from './chat-tab';
import { ContactDialog } from './contact-dialog';
import { SimulationInspector } from './inspect/simulation-inspector';
import { useSimulationTraceSync } from './inspect/use-simulation-trace-sync';
import { ResetDialog } from './reset-dialog';
import { SimulatorHeader } from './simulator-header';
import { TestCasesTab } from './tests/test-cases-tab';
import { useSimTimeFormat } from './use-sim-time-format';
import { useSimulation } from './use-simulation';

type Tab = 'chat' | 'state' | 'tests';
const TABS: Tab[] = ['chat', 'state', 'tests'];

export interface SimulatorPanelProps {
  flowId: string;
  onFocusNode: (nodeId: string) => void;
  onClose: () => void;
  /** Names the exported transcript files. */
  flowName?: string;
  /** Opens the editor's problems list (offered when the flow has errors). */
  onShowProblems?: () => void;
}

/**
 * Test mode beside the canvas: the caller's simulation of this flow's current draft (unsaved edits
 * included), with a Chat tab (conversation, composer, clock), a State tab (trace and variables) and
 * a Tests tab (test cases). While open, the canvas highlights the last step's path.
 */
export function SimulatorPanel({
  flowId,
  onFocusNode,
  onClose,
  flowName = '',
  onShowProblems,
}: SimulatorPanelProps) {
  const t = useTranslations('simulator');
  const errorMessage = useErrorMessage();
  const sim = useSimulation(flowId);
  const { timeZone } = useSimTimeFormat();
  const [tab, setTab] = useState<Tab>('chat');
  const [dialog, setDialog] = useState<'contact' | 'reset' | null>(null);
  const { simulation } = sim;
  useSimulationTraceSync(simulation);
  const errorText = sim.error ? errorMessage(sim.error) : null;
  const openDialog = (which: 'contact' | 'reset') => {
    sim.clearError();
    setDialog(which);
  };

  let body;
  if (sim.loadError)
    body = (
      <div className="p-3">
        <Alert>{errorMessage(sim.loadError)}</Alert>
      </div>
    );
  else if (!simulation)
    body = sim.error ? (
      <div className="flex flex-col gap-2 p-3">
        <Alert>{errorText}</Alert>
        <button
          type="button"
          className="self-start text-sm font-medium text-brand-700 hover:underline"
          onClick={() => openDialog('reset')}
        >
          {t('start')}
        </button>
      </div>
    ) : (
      <p role="status" className="p-4 text-sm text-slate-500">
        {t('loading')}
      </p>
    );
  else if (tab === 'chat')
    body = (
      <ChatTab
        simulation={simulation}
        pending={sim.pending}
        error={sim.error}
        errorText={errorText}
        onAct={sim.act}
        onClearError={sim.clearError}
        onFocusNode={onFocusNode}
        onShowProblems={onShowProblems}
      />
    );
  else if (tab === 'state')
    body = (
      <div className="min-h-0 flex-1 overflow-y-auto">
        <SimulationInspector simulation={simulation} onFocusNode={onFocusNode} />
      </div>
    );
  else
    body = (
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        <TestCasesTab flowId={flowId} simulation={simulation} onReplayed={sim.adopt} />
      </div>
    );

  return (
    <aside
      data-testid="simulator-panel"
      aria-label={t('title')}
      className="flex h-full w-[400px] max-w-full shrink-0 flex-col border-l border-slate-200 bg-white"
    >
      <SimulatorHeader
        simulation={simulation}
        flowName={flowName}
        pending={sim.pending}
        onContact={() => openDialog('contact')}
        onReset={() => openDialog('reset')}
        onClose={onClose}
      />
      <div role="tablist" aria-label={t('title')} className="flex border-b border-slate-200 px-2">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            data-testid={`sim-tab-${id}`}
            aria-selected={tab === id}
            onClick={() => setTab(id)}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${tab === id ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="flex min-h-0 flex-1 flex-col">
        {body}
      </div>
      <ContactDialog
        open={dialog === 'contact' && simulation !== null}
        contact={simulation?.contact ?? { tags: [], fields: {} }}
        pending={sim.pending}
        error={errorText}
        onSave={(contact) => sim.act({ type: 'set-contact', contact })}
        onClose={() => setDialog(null)}
      />
      <ResetDialog
        open={dialog === 'reset'}
        simulation={simulation}
        accountId={sim.accountId}
        timeZone={timeZone}
        pending={sim.pending}
        error={errorText}
        onReset={sim.reset}
        onClose={() => setDialog(null)}
      />
    </aside>
  );
}
