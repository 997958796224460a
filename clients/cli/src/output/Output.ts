/** The two streams a command writes to; `process.stdout` / `process.stderr` in the bin, buffers in tests. */
export interface OutputStreams {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export type OutputMode = 'human' | 'json';

/**
 * PRODUCT_SPEC §12 modes: human output (and prompts) only when stdout is a terminal and `CI` is unset; `--json`,
 * a pipe or CI gets plain JSON so scripts never parse tables.
 */
export function outputMode(options: { json?: boolean | undefined; isTTY: boolean | undefined; env: Readonly<Record<string, string | undefined>> }): OutputMode {
  if (options.json) return 'json';
  const ci = options.env.CI;
  return options.isTTY && (ci === undefined || ci === '' || ci === 'false' || ci === '0') ? 'human' : 'json';
}

/**
 * Where every command's output goes. A command produces one result (one JSON document on stdout in json mode, so
 * `| jq` always works); progress, notices and errors go to stderr in both modes.
 */
export class Output {
  constructor(
    private readonly streams: OutputStreams,
    readonly mode: OutputMode,
  ) {}

  get json(): boolean {
    return this.mode === 'json';
  }

  /** The command's result: `value` as JSON, or `human()`'s text. */
  result(value: unknown, human: () => string): void {
    if (this.json) this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else {
      const text = human();
      if (text) this.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }

  /** A line for the person at the terminal (stderr, so it never mixes into a result). */
  notice(text: string): void {
    this.streams.stderr.write(`${text}\n`);
  }

  /** A failure: `error: …` for people, one JSON line for scripts. */
  error(error: { code: string; message: string; exitCode: number }): void {
    if (this.json) this.streams.stderr.write(`${JSON.stringify({ error })}\n`);
    else this.streams.stderr.write(`error: ${error.message}\n`);
  }
}
