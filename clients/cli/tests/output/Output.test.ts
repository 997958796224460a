import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { MediaGatewayError } from '@media-gateway/sdk';
import { CliError } from '@media-gateway/cli';
import { describeError } from '../../src/output/describeError.js';
import { Output, outputMode } from '../../src/output/Output.js';

describe('outputMode', () => {
  it('is human only on a terminal outside CI, and JSON with --json, a pipe or CI', () => {
    expect(outputMode({ isTTY: true, env: {} })).toBe('human');
    expect(outputMode({ isTTY: true, env: { CI: 'false' } })).toBe('human');
    expect(outputMode({ isTTY: true, env: {}, json: true })).toBe('json');
    expect(outputMode({ isTTY: false, env: {} })).toBe('json');
    expect(outputMode({ isTTY: undefined, env: {} })).toBe('json');
    expect(outputMode({ isTTY: true, env: { CI: 'true' } })).toBe('json');
  });
});

describe('Output', () => {
  function capture(mode: 'human' | 'json') {
    const out = { stdout: '', stderr: '' };
    const output = new Output({ stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } }, mode);
    return { out, output };
  }

  it('writes one JSON document, or the human text, on stdout; notices and errors on stderr', () => {
    const json = capture('json');
    json.output.result({ a: 1 }, () => 'never');
    json.output.notice('waiting');
    json.output.error({ code: 'NOT_FOUND', message: 'no title with id x', exitCode: 4 });
    expect(json.out.stdout).toBe('{\n  "a": 1\n}\n');
    expect(json.out.stderr).toBe('waiting\n{"error":{"code":"NOT_FOUND","message":"no title with id x","exitCode":4}}\n');

    const human = capture('human');
    human.output.result({ a: 1 }, () => 'a is 1');
    human.output.error({ code: 'NOT_FOUND', message: 'no title with id x', exitCode: 4 });
    expect(human.out).toEqual({ stdout: 'a is 1\n', stderr: 'error: no title with id x\n' });
  });
});

describe('describeError', () => {
  it('adds the server’s problems and retry hint to an SDK error', () => {
    const error = new MediaGatewayError('BAD_USER_INPUT', 'Invalid input', { errors: [{ message: 'Invalid input', extensions: { problems: ['name must be 1–64 characters'] } }] });
    expect(describeError(error)).toEqual({ code: 'BAD_USER_INPUT', message: 'Invalid input; name must be 1–64 characters' });
    expect(describeError(new MediaGatewayError('RATE_LIMITED', 'Too many requests', { retryAfterSeconds: 12 }))).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many requests. Try again in 12 s.',
    });
  });

  it('passes CLI and commander errors through with their codes', () => {
    expect(describeError(new CliError('NOT_FOUND', 'no title with id x'))).toEqual({ code: 'NOT_FOUND', message: 'no title with id x' });
    expect(describeError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--colour'"))).toEqual({ code: 'USAGE', message: "unknown option '--colour'" });
    expect(describeError(new Error('boom'))).toEqual({ code: 'FAILED', message: 'boom' });
  });
});
