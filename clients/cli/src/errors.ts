/**
 * The CLI's own failures, with a closed set of stable codes. Failures the API reports arrive as the SDK's
 * `MediaGatewayError`; both become an exit code in `exitCodes.ts`, the one place that decides.
 */
export const CLI_ERRORS = {
  USAGE: 'A command, option or argument was wrong (also the codes commander reports).',
  CONFIG: 'The config file (or credentials file, or a MEDIA_GATEWAY_* variable) could not be read, parsed or validated.',
  NOT_AUTHENTICATED: 'The command needs a signed-in user and there are no usable tokens.',
  NOT_FOUND: 'What the command names does not exist (or is not the signed-in user’s).',
  NETWORK: 'The server could not be reached or answered something that is not the API.',
  INTERRUPTED: 'The user interrupted the command (SIGINT); the code errors are reported with, never thrown.',
  FAILED: 'Anything else.',
} as const;

export type CliErrorCode = keyof typeof CLI_ERRORS;

export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The config file at `path` is unusable; the message names the path and the problem (exit 10). */
export function configError(path: string, problem: string): CliError {
  return new CliError('CONFIG', `config error in ${path}: ${problem}`);
}

export function notSignedIn(): CliError {
  return new CliError('NOT_AUTHENTICATED', 'Not signed in. Run `media-gateway auth login` first.');
}
