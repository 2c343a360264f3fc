#!/usr/bin/env node
// Entry point of the `replyflow` command: loads the TypeScript sources through tsx, so the CLI,
// the server and the Next app share one copy of the code with no separate build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.REPLYFLOW_ROOT ??= root;
// No internet where ReplyFlow often runs: never try to send Next's telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
register({ tsconfig: path.join(root, 'tsconfig.json') });
await import('../server/cli/run.ts');
