import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';
import { compileTimeWindow } from '../compile-time-window';

export function compileDelay(data: NodeOfType<'delay'>['data'], ctx: CompileContext) {
  return {
    seconds: data.seconds,
    allowedWindow: data.allowedWindow === null ? null : compileTimeWindow(data.allowedWindow, ctx),
  };
}
