#!/usr/bin/env node
// The `media-gateway` command. The CLI is TypeScript run from source (workspace packages resolve to source through
// the `@media-gateway/source` condition), so this re-executes Node with tsx and that condition on src/main.ts.
// Everything is resolved from this file's location, never from the working directory, so the command works from
// anywhere. The child shares the terminal (stdio inherited, so TTY detection and Ctrl-C behave as usual); its exit
// code is passed on, and a signal that ended it is re-raised here so the caller sees the same.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

const child = spawn(process.execPath, ['--import', tsx, '--conditions=@media-gateway/source', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});

// A terminal's Ctrl-C reaches the whole process group, the child included; a signal sent to this process alone
// (kill <pid>) must reach the child too. The child treats a second SIGINT as "exit now", which is also right.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  process.stderr.write(`media-gateway: cannot start ${process.execPath}: ${error.message}\n`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
