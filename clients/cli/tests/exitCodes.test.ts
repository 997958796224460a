import { CommanderError, InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { MediaGatewayError, SDK_ERRORS, type MediaGatewayErrorCode } from '@media-gateway/sdk';
import { CLI_ERRORS, CliError, EXIT_CODES, exitCodeFor, type CliErrorCode } from '@media-gateway/cli';

describe('exitCodeFor', () => {
  it.each<[MediaGatewayErrorCode, number]>([
    ['UNAUTHENTICATED', 3],
    ['INVALID_GRANT', 3],
    ['DEVICE_CODE_EXPIRED', 3],
    ['FORBIDDEN', 6],
    ['ACCESS_DENIED', 6],
    ['NOT_FOUND', 4],
    ['BAD_USER_INPUT', 2],
    ['RATE_LIMITED', 7],
    ['NETWORK', 5],
    ['UNAVAILABLE', 5],
    ['ABORTED', 130],
    ['CONFLICT', 1],
    ['LIMIT_EXCEEDED', 1],
    ['PERSISTED_QUERY_NOT_FOUND', 1],
    ['BAD_REQUEST', 1],
    ['INTERNAL', 1],
    ['SLOW_CONSUMER', 1],
    ['OAUTH_ERROR', 1],
  ])('maps the SDK code %s to %i', (code, exit) => {
    expect(exitCodeFor(new MediaGatewayError(code, 'x'))).toBe(exit);
  });

  it('has a decision for every SDK code', () => {
    for (const code of Object.keys(SDK_ERRORS) as MediaGatewayErrorCode[]) {
      expect(Object.values(EXIT_CODES)).toContain(exitCodeFor(new MediaGatewayError(code, 'x')));
    }
  });

  it.each<[CliErrorCode, number]>([
    ['USAGE', 2],
    ['CONFIG', 10],
    ['NOT_AUTHENTICATED', 3],
    ['NOT_FOUND', 4],
    ['NETWORK', 5],
    ['INTERRUPTED', 130],
    ['FAILED', 1],
  ])('maps the CLI code %s to %i', (code, exit) => {
    expect(Object.keys(CLI_ERRORS)).toContain(code);
    expect(exitCodeFor(new CliError(code, 'x'))).toBe(exit);
  });

  it('maps every commander parse error to 2 (commander itself says 1)', () => {
    const unknown = new CommanderError(1, 'commander.unknownCommand', "error: unknown command 'serch'");
    expect(unknown.exitCode).toBe(1);
    expect(exitCodeFor(unknown)).toBe(2);
    expect(exitCodeFor(new CommanderError(1, 'commander.missingArgument', 'missing'))).toBe(2);
    expect(exitCodeFor(new InvalidArgumentError('bad year'))).toBe(2);
  });

  it('maps help and version output to 0, and help shown for a bare command group to 2', () => {
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(exitCodeFor(new CommanderError(0, 'commander.version', '0.1.0'))).toBe(0);
    expect(exitCodeFor(new CommanderError(1, 'commander.help', '(outputHelp)'))).toBe(2);
  });

  it('maps an abort to 130 and anything else to 1', () => {
    expect(exitCodeFor(new DOMException('aborted', 'AbortError'))).toBe(130);
    expect(exitCodeFor(new TypeError('fetch failed', { cause: new DOMException('aborted', 'AbortError') }))).toBe(130);
    expect(exitCodeFor(new Error('boom'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });
});
