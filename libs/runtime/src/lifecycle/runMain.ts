import { ConfigError } from '../config/ConfigError.js';

/**
 * Runs a process entry point. A configuration problem stops the process with a message naming each setting;
 * anything else is reported with its stack. Either way the exit code is non-zero.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
}
