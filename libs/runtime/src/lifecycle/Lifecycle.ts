import type { Logger } from '../logging/createLogger.js';

type Closer = () => Promise<void> | void;

/**
 * Collects what must be closed at shutdown and closes it in reverse order of registration (servers before the
 * pools they use). `close()` is idempotent, so a second signal doesn't close things twice.
 */
export class Lifecycle {
  private readonly closers: Array<{ name: string; close: Closer }> = [];
  private closing: Promise<void> | null = null;

  constructor(private readonly logger?: Logger) {}

  add(name: string, close: Closer): void {
    this.closers.push({ name, close });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const { name, close } of [...this.closers].reverse()) {
        try {
          await close();
        } catch (error) {
          this.logger?.error({ err: error, resource: name }, 'failed to close resource');
        }
      }
    })();
    return this.closing;
  }

  /** Closes everything on SIGTERM/SIGINT, forcing exit if closing takes longer than `timeoutMs`. */
  closeOnSignals(timeoutMs = 10_000): void {
    const onSignal = (signal: NodeJS.Signals) => {
      this.logger?.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        this.logger?.error({ timeoutMs }, 'shutdown timed out, exiting');
        process.exit(1);
      }, timeoutMs);
      timer.unref();
      void this.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
}
