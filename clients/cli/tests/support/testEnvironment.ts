import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliEnvironment, type ExitCode } from '@media-gateway/cli';

export interface Run {
  code: ExitCode;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON. */
  json<T = unknown>(): T;
}

/**
 * The CLI in-process with a config directory of its own, captured output, and a pipe (not a TTY) on stdout unless
 * `tty` is set, as a script would run it.
 */
export function testCli(options: { env?: Record<string, string>; tty?: boolean; fetch?: typeof fetch } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
  const run = async (...argv: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const environment: CliEnvironment = {
      env: { MEDIA_GATEWAY_CONFIG_DIR: dir, ...options.env },
      home: dir,
      signal: new AbortController().signal,
      streams: {
        stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
        stderr: { write: (text: string) => (stderr += text) },
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    };
    const code = await runCli(argv, environment);
    return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
  };
  return { dir, run, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
