#!/usr/bin/env node
// Starts the bridge from its TypeScript source: tsx with the workspace's source export condition, which Node only
// takes on the command line, hence a child process. tsx is resolved from here, so any working directory works.
// stdio is inherited: in stdio mode the child's stdin/stdout are the MCP connection.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--conditions=@media-gateway/source', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
