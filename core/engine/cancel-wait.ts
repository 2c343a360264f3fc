import { type Run } from './run';

/** Abandons whatever the conversation waits for, cancelling its pending timer if it has one. */
export function cancelWait(run: Run): void {
  const { wait } = run.state;
  if ((wait?.kind === 'answer' || wait?.kind === 'timer') && wait.timerId !== null) {
    run.effects.push({ type: 'cancel-timer', timerId: wait.timerId });
  }
  run.state.wait = null;
  run.state.currentNodeId = null;
}
