import { CommanderError } from 'commander';
import type { CliEnvironment } from './CommandContext.js';
import { createProgram } from './createProgram.js';
import { EXIT_CODES, exitCodeFor, type ExitCode } from './exitCodes.js';
import { describeError } from './output/describeError.js';
import { Output, outputMode } from './output/Output.js';

/**
 * Runs `media-gateway <argv>` and resolves with its exit code (never throws, never exits the process): the bin
 * exits with it, tests assert on it. Errors are reported on stderr here, once.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  let result: ExitCode = EXIT_CODES.ok;
  const program = createProgram(environment, (code) => {
    result = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return environment.signal.aborted ? EXIT_CODES.interrupted : result;
  } catch (error) {
    // An interrupted request fails in whatever way the transport reports; the user pressed Ctrl-C, so 130.
    const exitCode = environment.signal.aborted ? EXIT_CODES.interrupted : exitCodeFor(error);
    // Commander has already printed its own message (and the help hint) for usage errors.
    if (exitCode !== EXIT_CODES.ok && !(error instanceof CommanderError)) {
      const mode = outputMode({ json: argv.includes('--json'), isTTY: environment.streams.stdout.isTTY, env: environment.env });
      const described = exitCode === EXIT_CODES.interrupted ? { code: 'INTERRUPTED', message: 'interrupted' } : describeError(error);
      new Output(environment.streams, mode).error({ ...described, exitCode });
    }
    return exitCode;
  }
}
