import { CommanderError } from 'commander';
import { MediaGatewayError, type MediaGatewayErrorCode } from '@media-gateway/sdk';
import { CliError, type CliErrorCode } from './errors.js';

/** Exit codes of `media-gateway` (PRODUCT_SPEC §12). Scripts depend on these: never renumber one. */
export const EXIT_CODES = {
  ok: 0,
  error: 1,
  usage: 2,
  notAuthenticated: 3,
  notFound: 4,
  network: 5,
  permissionDenied: 6,
  rateLimited: 7,
  config: 10,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

const BY_CLI_CODE: Record<CliErrorCode, ExitCode> = {
  USAGE: EXIT_CODES.usage,
  CONFIG: EXIT_CODES.config,
  NOT_AUTHENTICATED: EXIT_CODES.notAuthenticated,
  NOT_FOUND: EXIT_CODES.notFound,
  NETWORK: EXIT_CODES.network,
  INTERRUPTED: EXIT_CODES.interrupted,
  FAILED: EXIT_CODES.error,
};

/**
 * Every SDK code → exit code, exhaustively: a code the SDK adds fails the typecheck here until someone decides.
 * BAD_USER_INPUT is the user's argument refused by the server (a malformed id, a name too long), so it is a usage
 * error like the ones the CLI catches itself. UNAVAILABLE (the router's upstream is down) is "cannot reach the
 * service" to the user, like NETWORK. A device login that expired leaves the user signed out (3); one the user
 * declined is a refusal (6).
 */
const BY_API_CODE: Readonly<Record<MediaGatewayErrorCode, ExitCode>> = {
  UNAUTHENTICATED: EXIT_CODES.notAuthenticated,
  INVALID_GRANT: EXIT_CODES.notAuthenticated,
  DEVICE_CODE_EXPIRED: EXIT_CODES.notAuthenticated,
  FORBIDDEN: EXIT_CODES.permissionDenied,
  ACCESS_DENIED: EXIT_CODES.permissionDenied,
  NOT_FOUND: EXIT_CODES.notFound,
  BAD_USER_INPUT: EXIT_CODES.usage,
  RATE_LIMITED: EXIT_CODES.rateLimited,
  NETWORK: EXIT_CODES.network,
  UNAVAILABLE: EXIT_CODES.network,
  ABORTED: EXIT_CODES.interrupted,
  CONFLICT: EXIT_CODES.error,
  LIMIT_EXCEEDED: EXIT_CODES.error,
  PERSISTED_QUERY_NOT_FOUND: EXIT_CODES.error,
  BAD_REQUEST: EXIT_CODES.error,
  INTERNAL: EXIT_CODES.error,
  SLOW_CONSUMER: EXIT_CODES.error,
  OAUTH_ERROR: EXIT_CODES.error,
};

/** Commander's codes for help and version output; a failure only when commander says so (a group run bare). */
const COMMANDER_INFO = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** The exit code for whatever a command threw. The one place the CLI decides this; unit-tested case by case. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CliError) return BY_CLI_CODE[error.code];
  if (error instanceof MediaGatewayError) return BY_API_CODE[error.code];
  // Commander reports every parse problem (unknown command or option, missing argument, an option value our parser
  // refused) as a CommanderError with exitCode 1; §12 wants 2 for all of them.
  if (error instanceof CommanderError) return COMMANDER_INFO.has(error.code) && error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  if (isAbort(error)) return EXIT_CODES.interrupted;
  return EXIT_CODES.error;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error.cause instanceof Error && error.cause.name === 'AbortError'));
}
