import { homedir } from 'node:os';
import { EXIT_CODES } from './exitCodes.js';
import { runCli } from './runCli.js';

/**
 * The process entry (the bin re-executes Node on this file). SIGINT aborts the running command: requests stop, the
 * command unwinds and the process exits 130 (§12); another Ctrl-C exits at once for a command that does not
 * unwind. SIGTERM does the same with 143, as a terminated process would report.
 *
 * A terminal's Ctrl-C reaches the bin and this process together, and the bin relays it as well (it cannot tell a
 * keypress from `kill -INT <bin pid>`), so one keypress can arrive twice within moments: a repeat counts only after
 * REPEAT_AFTER_MS.
 */
const REPEAT_AFTER_MS = 500;
const controller = new AbortController();
let signalExit: number | undefined;
let firstSignalAt = 0;

function onSignal(code: number): void {
  if (controller.signal.aborted) {
    if (Date.now() - firstSignalAt >= REPEAT_AFTER_MS) process.exit(code);
    return;
  }
  firstSignalAt = Date.now();
  signalExit = code;
  controller.abort();
}

process.on('SIGINT', () => onSignal(EXIT_CODES.interrupted));
process.on('SIGTERM', () => onSignal(143));

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  streams: { stdout: process.stdout, stderr: process.stderr },
  home: homedir(),
  signal: controller.signal,
});
// Exit explicitly: a keep-alive socket or the MCP bridge's file watcher must not keep a finished command alive.
process.exitCode = signalExit ?? code;
process.stdout.write('', () => process.exit());
