import { CommanderError } from 'commander';
import { MediaGatewayError } from '@media-gateway/sdk';
import { CliError } from '../errors.js';

/** The code and message a failure is reported with (stderr), for people and for scripts alike. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (error instanceof MediaGatewayError) {
    const problems = error.problems.filter((problem) => !error.message.includes(problem));
    const message = [error.message, ...problems].join('; ');
    if (error.retryAfterSeconds === undefined) return { code: error.code, message };
    return { code: error.code, message: `${message}${/[.!?]$/.test(message) ? '' : '.'} Try again in ${error.retryAfterSeconds} s.` };
  }
  if (error instanceof CommanderError) return { code: 'USAGE', message: error.message.replace(/^error: /, '') };
  return { code: 'FAILED', message: error instanceof Error ? error.message : String(error) };
}
