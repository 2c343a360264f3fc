import { type TimeWindow } from '../time/time-window-schema';
import { timeWindowProblems } from '../time/time-window-problems';
import { type CompileContext } from './compile-context';

/** Validates a time window and fills in the flow's time zone when the author left it out. */
export function compileTimeWindow(window: TimeWindow, ctx: CompileContext): TimeWindow {
  for (const problem of timeWindowProblems(window))
    ctx.report({ code: 'invalid-time-window', detail: problem });
  return { ...window, timezone: window.timezone ?? ctx.timezone };
}
